"""Expected failures: what a user can fix, each carrying the one line that says how.

`ozero.cli.main` turns an `OzeroError` into that line on stderr and exit code 2; anything
else is a bug and keeps its traceback. A module raising an expected failure either defines
its own subclass (`class MissingKeyError(OzeroError, RuntimeError)`, keeping the built-in base
its callers catch) or raises one of the kinds below. Messages name settings, paths, ids and
commands, never record values or secrets: they end up in terminals and logs.
"""

from __future__ import annotations

SIMULATOR_FIX = (
    "check the registry URL (OZERO_SIMULATOR_URL, or OZERO_NSI_URL / OZERO_REMD_URL / "
    "OZERO_OMS_URL / OZERO_PACS_URL) and that the server runs; for the bundled simulator: "
    "`ozero simulator serve`"
)


class OzeroError(Exception):
    """An expected failure. `fix` is the one line telling the user what to do about it;
    subclasses set it once, a raise site may pass a more precise one."""

    fix: str = ""

    def __init__(self, *args: object, fix: str | None = None) -> None:
        super().__init__(*args)
        if fix is not None:
            self.fix = fix

    def __str__(self) -> str:
        # The plain message even for KeyError subclasses (which would quote it).
        return str(self.args[0]) if len(self.args) == 1 else super().__str__()

    def one_line(self) -> str:
        """Message and fix on one line (newlines and runs of spaces collapsed)."""
        message = " ".join(str(self).split())
        fix = " ".join(self.fix.split())
        if fix and fix not in message:
            message = f"{message}; {fix}" if message else fix
        return message or type(self).__name__


class NotFoundError(OzeroError, LookupError):
    """An unknown name: dataset, table, directory OID, version. The message lists what
    exists when that list is short."""


class BadPathError(OzeroError, FileNotFoundError):
    """A path given on the command line or in a setting does not exist or is the wrong kind."""

    fix = "check the path"


class ServerDownError(OzeroError, ConnectionError):
    """A registry or the simulator does not answer."""

    fix = SIMULATOR_FIX


class SetupError(OzeroError, RuntimeError):
    """Something the machine needs is not installed (jars, Java, a Debian package)."""

    fix = "run `make setup`"


class RegistryFailure(OzeroError, RuntimeError):
    """A registry answered with an error, or not at all, after the connector's retries."""

    fix = SIMULATOR_FIX
