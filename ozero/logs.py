"""Where Ozero's own log lines go: stderr, with a timestamp, so stdout keeps the answer."""

from __future__ import annotations

import argparse
import logging
import sys

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def to_stderr(verbose: bool) -> None:
    """INFO and up when `verbose` (progress of long steps), else WARNING and up."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format=FORMAT, stream=sys.stderr
    )


def add_quiet_flag(parser: argparse.ArgumentParser) -> None:
    """`--quiet` of the spark-submit jobs: they log progress unless asked not to."""
    parser.add_argument(
        "--quiet", action="store_true", help="log warnings only (default: progress on stderr)"
    )
