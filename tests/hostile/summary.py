"""Every hostile-input test reports how many inputs it tried, how many errors it recorded, and crashes."""
from __future__ import annotations

import time

from newsradar.settings import PROJECT_ROOT

SUMMARY_FILE = PROJECT_ROOT / ".cache" / "hostile-summary.txt"


def report(section: str, *, tried: int, errors: int, crashes: int, notes: list[str] = ()) -> str:
    """Print and append one line (plus notes) to .cache/hostile-summary.txt."""
    line = (f"{time.strftime('%Y-%m-%d %H:%M:%S')} {section:<34} inputs={tried} "
            f"errors_recorded={errors} crashes={crashes}")
    text = "\n".join([line, *(f"    {n}" for n in notes)])
    print("\n" + text)
    SUMMARY_FILE.parent.mkdir(parents=True, exist_ok=True)
    with open(SUMMARY_FILE, "a", encoding="utf-8") as fh:
        fh.write(text + "\n")
    return text
