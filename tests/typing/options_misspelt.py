"""A misspelt option of close_lifespan is a type error (the test expects exactly this one)."""

from custom.fastapi import close_lifespan

lifespan = close_lifespan(redis_ur="redis://localhost:6379/0")
