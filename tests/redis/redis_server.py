"""A real ``redis-server`` on a free loopback port, started and stopped by the tests.

Not fakeredis: the store's Lua scripts, key expiry and connection failures are what is under
test, so they run on the real engine. The binary comes from the system (Debian: ``apt-get
install redis-server``; ``.ci/run`` installs it when missing). Without it the fixture fails,
saying so; nothing is skipped silently.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

__all__ = ["RedisServer", "find_redis_server"]

_SEARCH = ("/usr/bin/redis-server", "/usr/sbin/redis-server", "/usr/local/bin/redis-server")
INSTALL_HINT = (
    "redis-server is needed by the tests of the shared (Redis) store and was not found on PATH "
    "or in /usr/bin, /usr/sbin, /usr/local/bin. Install it (Debian/Ubuntu: "
    "`apt-get install redis-server`; macOS: `brew install redis`) or set REDIS_SERVER to its "
    "path. .ci/run installs it when missing."
)


def find_redis_server() -> str | None:
    """The redis-server binary: ``$REDIS_SERVER``, then PATH, then the usual places."""
    explicit = os.environ.get("REDIS_SERVER")
    if explicit:
        return explicit if os.access(explicit, os.X_OK) else None
    found = shutil.which("redis-server")
    if found:
        return found
    return next((path for path in _SEARCH if os.access(path, os.X_OK)), None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """One redis-server process (no persistence) that a test may kill and start again.

    The port stays the same across restarts, so clients pointed at ``url`` reconnect.
    """

    def __init__(self) -> None:
        binary = find_redis_server()
        if binary is None:
            raise RuntimeError(INSTALL_HINT)
        self.binary = binary
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._dir = tempfile.mkdtemp(prefix="close-redis-")
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [
            self.binary,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            self._dir,
            "--daemonize",
            "no",
        ]
        self._proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while not self._accepts():  # waiting for a subprocess to bind, not for test time
            if self._proc.poll() is not None:
                error = self._proc.stderr.read().decode() if self._proc.stderr else ""
                raise RuntimeError(f"redis-server exited at start: {error.strip()}")
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not accept connections within 10 s")
            time.sleep(0.01)

    def _accepts(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def kill(self) -> None:
        """SIGKILL, as a crash would: every connection drops, every key is gone."""
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait(timeout=10)
            if self._proc.stderr is not None:
                self._proc.stderr.close()
            self._proc = None

    def stop(self) -> None:
        self.kill()
        shutil.rmtree(Path(self._dir), ignore_errors=True)
