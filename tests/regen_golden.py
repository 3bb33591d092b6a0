"""Regenerate every golden file under tests/data from the current code (``make golden``).

Review the diff (``git diff tests/data docs``) before committing: a golden file records
what the code is meant to produce.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: modules with a ``regenerate()`` function that rewrites their golden files
GOLDEN_MODULES = [
    "tests.test_reference",
    "tests.clean.test_golden",
    "tests.collate.test_golden",
    "tests.export.test_golden",
]


def main() -> int:
    for name in GOLDEN_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                print(f"skipped {name}: not present")
                continue
            raise
        for path in module.regenerate():
            print(f"wrote {Path(path).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
