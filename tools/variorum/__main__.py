"""Run the command line interface as ``python -m variorum``."""

import sys

from variorum.cli import main

sys.exit(main())
