"""Screenshots of the board in the system's headless Chromium (Debian's `chromium` and `chromium-driver`).

    .venv/bin/python scripts/board_screenshot.py --url http://127.0.0.1:8750 --out docs/board-claim-trace.png

takes the README's picture of the claim trace of the most widely carried claim
(run `newsradar demo`, then `newsradar web`, first). The browser tests drive the
same ``chromium`` function. Selenium is pointed at the system's binaries and kept
offline: its manager must never try to download a browser or driver. A repo script,
not part of the installed ``board`` package: selenium is only in the test extra.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


class BrowserMissingError(RuntimeError):
    pass


def chromium(width: int = 1280, height: int = 900):
    """A headless Chromium WebDriver; ``BrowserMissingError`` names the packages if it is not installed."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    if missing:
        raise BrowserMissingError(f"{', '.join(missing)} not found: apt-get install -y chromium chromium-driver")
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # --no-sandbox: CI and these machines run as root, where Chromium's sandbox refuses to start
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={width},{height}", "--lang=en-US"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


def full_page(driver, path: Path) -> Path:
    """Resize to the page's height first, so the picture shows the whole page."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(driver.get_window_size()["width"], min(int(height) + 40, 4000))
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8750", help="the running board (newsradar web)")
    parser.add_argument("--out", type=Path, default=Path("docs/board-claim-trace.png"))
    args = parser.parse_args(argv)
    import httpx

    try:
        top = httpx.get(f"{args.url}/api/spreading", timeout=30).json()["claims"]
    except httpx.HTTPError as exc:
        print(f"error: the board at {args.url} does not answer ({exc}): start it with `newsradar web`",
              file=sys.stderr)
        return 2
    if not top:
        print("error: no claims to trace: run `newsradar demo` first", file=sys.stderr)
        return 2
    driver = chromium(width=1100)
    try:
        driver.get(args.url + top[0]["link"])
        print(full_page(driver, args.out))
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
