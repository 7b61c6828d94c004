"""Per-file work for worker-pool tests, in a module light enough for spawned workers to import."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def crash_on_kapot(path: Path | str) -> str:
    """Dies like a segfaulting PDF library on files named `kapot*`, hangs on `traag*`."""
    name = Path(path).name
    if name.startswith("kapot"):
        os.kill(os.getpid(), signal.SIGSEGV)
    if name.startswith("traag"):
        time.sleep(60)
    return name.upper()
