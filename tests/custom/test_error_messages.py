"""An error says what Close said, even when Close only sent field errors."""

from __future__ import annotations

import json

from custom.errors import BadRequestError, error_for_status


def error(body: object) -> BadRequestError:
    raised = error_for_status(400, method="POST", path="/lead/", content=json.dumps(body).encode())
    assert isinstance(raised, BadRequestError)
    return raised


def test_the_error_string_is_the_message() -> None:
    assert str(error({"error": "Invalid status"})) == "400 POST /lead/: Invalid status"


def test_field_errors_and_errors_are_summarised_when_there_is_no_message() -> None:
    raised = error({"errors": ["Too many leads"], "field-errors": {"custom.cf_x": "Bad choice"}})
    assert str(raised) == "400 POST /lead/: Too many leads; custom.cf_x: Bad choice"
    assert raised.field_errors == {"custom.cf_x": "Bad choice"}
    assert raised.errors == ["Too many leads"]
