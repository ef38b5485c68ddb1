"""Spark's Python daemon (`pyspark.daemon`), with the imports every worker repeats done once.

On Linux, Spark starts one daemon per executor and forks it for every Python worker. Each
fork then imported Ozero's de-identification stack on its own: pydicom and the imaging
curate step in every `mapInPandas` worker (~0.5 s), presidio, natasha and the compiled
recognizers of the text scrubber in every worker that scrubs a free-text column (~1.3 s,
more under load). One PACS curation of 3,103 instances forked four workers that each loaded
the scrubber (a Spark profile of the landing's UDFs). Forked from a daemon that already
holds them, a worker starts with them (copy-on-write pages) and pays nothing.

`ozero.spark` names this module for local masters only: on a cluster, the executors import
Ozero from the job's archive, which is not on the daemon's path when it starts. If a preload
fails, the daemon still starts: each worker then imports what it needs itself, as before.
"""

from __future__ import annotations

import contextlib
import sys


def preload() -> list[str]:
    """Import (and build) what workers would each load; returns what failed, by name.

    stdout is the daemon's channel to the JVM (its port is the first thing written there):
    anything the imports print goes to stderr instead."""
    failed = []
    with contextlib.redirect_stdout(sys.stderr):
        for name, load in (("imaging", _imaging), ("text scrubber", _scrubber)):
            try:
                load()
            except Exception as exc:  # noqa: BLE001 - a worker imports it itself then
                failed.append(name)
                print(f"ozero.spark_daemon: {name} not preloaded ({exc!r})", file=sys.stderr)
    return failed


def _imaging() -> None:
    import ozero.curate.imaging  # noqa: F401 - the import is the point
    import ozero.deid.dicom.deidentify  # noqa: F401


def _scrubber() -> None:
    from ozero.deid.text.engine import get_scrubber

    get_scrubber()


def main() -> None:
    preload()
    from pyspark.daemon import manager

    manager()


if __name__ == "__main__":
    main()
