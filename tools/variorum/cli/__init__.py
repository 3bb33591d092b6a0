"""The ``variorum`` command line: one module per verb, registered in ``VERBS``."""

from __future__ import annotations

import argparse
import sys
import traceback
from typing import NoReturn, Sequence

from variorum import __version__
from variorum.cli import build, check, clean, collate, init, render, review
from variorum.errors import VariorumError

#: verb name -> module with ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``
VERBS = {
    "clean": clean,
    "collate": collate,
    "render": render,
    "build": build,
    "check": check,
    "init": init,
    "review": review,
}

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """argparse's complaint, raised instead of exiting so that ``main`` stays callable."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="variorum",
        description="Clean OCR'd witnesses of one text and collate them into a variorum edition.",
    )
    parser.add_argument("--version", action="version", version=f"variorum {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for name, module in VERBS.items():
        p = sub.add_parser(name, help=module.HELP, description=module.__doc__)
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help="show a traceback on errors")
        module.add_arguments(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one verb; return the exit status (0 done, 1 the work failed, 2 bad usage or input)."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        print("Try 'variorum --help'.", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    if not args.verb:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return VERBS[args.verb].run(args)
    except VariorumError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"variorum {args.verb}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("variorum: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # an unexpected failure is still one clear line without --debug
        if args.debug:
            traceback.print_exc()
        else:
            print(f"variorum {args.verb}: internal error: {type(exc).__name__}: {exc} "
                  "(run with --debug for the traceback)", file=sys.stderr)
        return EXIT_FAILED
