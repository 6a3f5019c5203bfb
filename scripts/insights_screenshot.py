"""Make docs/insights.png: the insights page of the tests' synthetic job search, in Chromium.

Usage: ``python scripts/insights_screenshot.py`` from the checkout (needs the Debian
package chromium-headless-shell). The store is a throwaway one; nothing of yours is read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["AFTERWORD_HOME"] = scratch
        from afterword.daemon.cli import main as afterword
        from afterword.daemon.paths import state_db_path
        from afterword.daemon.store import Store
        from tests.test_insights import write_history

        write_history(Store.open(state_db_path()))
        page = Path(scratch) / "insights.html"
        if afterword(["insights", "--since", "365d", "--html", str(page)]) != 0:
            return 1
        browser = shutil.which("chromium-headless-shell")
        if browser is None:
            print("needs chromium-headless-shell (apt-get install chromium-headless-shell)")
            return 1
        out = REPO / "docs" / "insights.png"
        command = [browser, "--headless", "--disable-gpu", "--hide-scrollbars",
                   "--window-size=900,930", f"--screenshot={out}", page.as_uri()]
        if os.geteuid() == 0:
            command.insert(1, "--no-sandbox")
        subprocess.run(command, check=True, capture_output=True, timeout=120)
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
