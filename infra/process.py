"""Start a service in the background with a pid file, and stop it again."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from pathlib import Path

from newsradar.errors import ServiceUnavailableError


def read_pid(pid_file: Path) -> int | None:
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


def spawn(cmd: list[str], *, log_file: Path, pid_file: Path, env: dict, cwd: Path,
          user: str | None = None) -> int:
    """Start ``cmd`` detached from this process group, so `newsradar up` can exit."""
    if user:
        cmd = ["runuser", "-u", user, "--", *cmd]
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "ab") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env, cwd=cwd, start_new_session=True)
    pid_file.write_text(str(proc.pid))
    return proc.pid


def stop(pid_file: Path, *, timeout: float = 60.0) -> bool:
    """SIGTERM the process group, SIGKILL it after ``timeout``; True if something was running."""
    pid = read_pid(pid_file)
    if pid is None:
        pid_file.unlink(missing_ok=True)
        return False
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and read_pid(pid_file) is not None:
        _reap(pid)
        time.sleep(0.2)
    if read_pid(pid_file) is not None:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _reap(pid)
    pid_file.unlink(missing_ok=True)
    return True


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_checksum(path: Path, checksums_file: Path) -> None:
    expected = {}
    for line in checksums_file.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split()
            expected[name] = digest
    want = expected.get(path.name)
    if want is None:
        raise ServiceUnavailableError(f"{path.name} has no pinned checksum in {checksums_file}")
    got = sha256_of(path)
    if got != want:
        path.unlink(missing_ok=True)
        raise ServiceUnavailableError(
            f"checksum mismatch for {path.name}: expected {want}, got {got}; the file was removed, "
            "run `make up` again to download it anew")


MAVEN_REGISTRY = "Maven Central (or the mirror in your ~/.m2/settings.xml)"


def maven_fetch(args: list[str], *, artifact: str, repo_local: Path | None) -> None:
    """Run ``mvn`` to download ``artifact``; a failure says what to do, not a Maven stack.

    Maven's own checksum policy is set to lax (``-c``): some artifacts are served
    without ``.sha1`` files, and our sha256 pins, checked after every fetch, are
    the integrity check. ``repo_local`` points Maven at another local repository,
    which CI sets to an empty folder so that a warm ``~/.m2`` can never hide a
    broken fetch.
    """
    cmd = ["mvn", "-B", "-q", "-c", *args]
    if repo_local:
        cmd.append(f"-Dmaven.repo.local={repo_local}")
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
    except FileNotFoundError:
        raise ServiceUnavailableError(
            f"cannot fetch {artifact}: `mvn` is not on PATH; install Maven (Debian: apt-get install maven), "
            "then run `make up` again") from None
    if proc.returncode != 0:
        errors = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.startswith("[ERROR]")]
        reason = next((ln.removeprefix("[ERROR] ").strip() for ln in errors if ln.strip() != "[ERROR]"),
                      "no reason given")
        raise ServiceUnavailableError(
            f"could not fetch {artifact} from {MAVEN_REGISTRY} (mvn exit {proc.returncode}).\n"
            f"  mvn said: {reason[:400]}\n"
            f"  what to do: check that this machine reaches the registry (proxy, mirror), then run "
            f"`make up` again; nothing half-downloaded is kept. To see Maven's full output, run:\n"
            f"  {' '.join(c for c in cmd if c != '-q')}")


def run_checked(cmd: list[str], *, what: str, cwd: Path | None = None, env: dict | None = None) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise ServiceUnavailableError(f"{what} failed (exit {proc.returncode}):\n{tail}")
    return proc.stdout
