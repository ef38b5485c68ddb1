"""Headless Chromium (Debian's `chromium`, installed by `make setup`) for tests that check
what a page shows once its scripts ran: the dataset catalog, GX's Data Docs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NO_CHROMIUM = "Debian's chromium is not installed (make system-deps, or apt-get install chromium)"


def render(url: str, screenshot: Path, profile: Path) -> str:
    """Load `url` in headless Chromium; return the DOM after scripts ran, save a screenshot."""
    completed = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--window-size=1280,1600",
            f"--screenshot={screenshot}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert screenshot.is_file() and screenshot.stat().st_size > 0
    print(f"screenshot: {screenshot}")
    return completed.stdout
