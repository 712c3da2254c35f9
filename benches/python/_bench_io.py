"""What the issue-16 benchmark scripts (``uncertainty_numpy.py``,
``sensitivity_salib.py``) share: reading this process's memory counters,
re-running the script in a fresh subprocess to measure one side's memory,
and printing / writing the result JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Dict, Optional


def status_kib(key: str) -> int:
    """A counter of ``/proc/self/status`` (``VmRSS``, ``VmHWM``) in KiB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise KeyError(key)


def memory_in_subprocess(script: str, side: str, quick: bool) -> Dict[str, Any]:
    """Runs ``script --memory side`` in a fresh interpreter and returns the
    JSON it prints; ``{"error": [...]}`` with its last error line if it
    fails (for example where ``/proc/self/clear_refs`` is not writable)."""
    args = [sys.executable, script, "--memory", side] + (["--quick"] if quick else [])
    try:
        done = subprocess.run(args, capture_output=True, text=True, check=True)
    except subprocess.CalledProcessError as e:
        return {"error": e.stderr.strip().splitlines()[-1:]}
    result: Dict[str, Any] = json.loads(done.stdout)
    return result


def emit(out: Dict[str, Any], json_path: Optional[str], name: str, ok: bool) -> None:
    """Prints the result, writes it to ``json_path`` if given, and exits
    with an error naming the script when its checks failed."""
    text = json.dumps(out, indent=2)
    print(text)
    if json_path:
        with open(json_path, "w") as f:
            f.write(text + "\n")
    if not ok:
        sys.exit(f"{name}: the checks failed (see checks)")
