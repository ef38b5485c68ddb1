"""`ozero deid text`: JSON lines `{"id", "text"}` in, `{"id", "text", "entities"}` out.

Reads stdin and writes stdout unless `--in`/`--out` name files. Entity spans point into the
original text. A malformed line is reported on stderr by line number, never by content,
and skipped; the exit code is 1 when any line was skipped. Progress goes to stderr every
`--progress-every` lines.

Replacement is configurable per entity type: typed placeholders (default), or consistent
surrogates (`--mode surrogate`, optionally only `--surrogate PERSON,PHONE`), or a JSON/YAML
`--config` file. Surrogates are keyed by the pseudonymisation key when one is configured
(stable across runs and documents); otherwise by a random key for this run only.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ozero.deid.text.recognizers import entities as E

MODES = ("placeholder", "surrogate")
# Short names accepted on the command line and in config files.
TYPE_ALIASES: dict[str, tuple[str, ...]] = {
    "NAME": (E.PERSON,),
    "PHONE": (E.PHONE,),
    "EMAIL": (E.EMAIL,),
    "DATE": (E.DATE, E.BIRTH_DATE),
    "RECORD": (E.RECORD_ID, E.OTHER_ID),
    "LOCATION": (E.LOCATION, E.ADDRESS),
}
PROGRESS_EVERY = 10_000


@dataclass
class TextDeidConfig:
    """How `ozero deid text` replaces what it finds."""

    mode: str = "placeholder"
    surrogate_types: list[str] = field(default_factory=list)  # empty = every type
    placeholders: dict[str, str] = field(default_factory=dict)
    scrub_all_dates: bool = True
    keep_room_numbers: bool = True  # «палата № 5» kept; false reports it as a number


class ConfigError(ValueError):
    """The replacement configuration is invalid (message names the offending setting)."""


def entity_types(names: list[str]) -> list[str]:
    """``["PERSON", "phone"]`` → Presidio entity types, aliases expanded."""
    known = {v for k, v in vars(E).items() if k.isupper() and k != "LANGUAGE"}
    out: list[str] = []
    for name in names:
        key = name.strip().upper()
        if not key:
            continue
        expanded = TYPE_ALIASES.get(key, (key,))
        unknown = [t for t in expanded if t not in known]
        if unknown:
            choices = ", ".join(sorted(known | set(TYPE_ALIASES)))
            raise ConfigError(f"unknown entity type {name!r}; choose from {choices}")
        out.extend(expanded)
    return out


def load_config(path: str | None) -> TextDeidConfig:
    """A config file: JSON, or YAML when the name ends in .yml/.yaml."""
    if not path:
        return TextDeidConfig()
    raw_text = Path(path).read_text(encoding="utf-8")
    if path.endswith((".yml", ".yaml")):
        import yaml

        raw: Any = yaml.safe_load(raw_text) or {}
    else:
        raw = json.loads(raw_text)
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    allowed = {"mode", "surrogate", "placeholders", "scrub_all_dates", "keep_room_numbers"}
    extra = sorted(set(raw) - allowed)
    if extra:
        raise ConfigError(f"{path}: unknown settings {extra}; allowed: {sorted(allowed)}")
    placeholders = raw.get("placeholders") or {}
    return TextDeidConfig(
        mode=str(raw.get("mode", "placeholder")),
        surrogate_types=entity_types(list(raw.get("surrogate") or [])),
        placeholders={t: str(v) for k, v in placeholders.items() for t in entity_types([k])},
        scrub_all_dates=bool(raw.get("scrub_all_dates", True)),
        keep_room_numbers=bool(raw.get("keep_room_numbers", True)),
    )


def build_scrubber(config: TextDeidConfig):  # noqa: ANN201 - TextScrubber, imported lazily
    """The shared default scrubber, or one configured for surrogates/custom placeholders."""
    from ozero.deid.text.engine import TextScrubber, get_scrubber

    if config.mode not in MODES:
        raise ConfigError(f"unknown mode {config.mode!r}; choose from {', '.join(MODES)}")
    defaults = config.scrub_all_dates and config.keep_room_numbers and not config.placeholders
    if config.mode == "placeholder" and defaults:
        return get_scrubber()
    surrogates = None
    if config.mode == "surrogate":
        from ozero.deid.text.surrogates import SurrogateGenerator

        surrogates = SurrogateGenerator(_surrogate_key())
    return TextScrubber(
        placeholders=config.placeholders,
        scrub_all_dates=config.scrub_all_dates,
        surrogates=surrogates,
        surrogate_types=config.surrogate_types or None,
        keep_room_numbers=config.keep_room_numbers,
    )


def _surrogate_key():  # noqa: ANN202 - PseudonymKey
    from ozero.deid.keys import MissingKeyError, PseudonymKey, load_key

    try:
        return load_key()
    except MissingKeyError:
        print(
            "ozero deid text: no pseudonymisation key configured; surrogates are consistent "
            "within this run only (configure a key for stable surrogates across runs)",
            file=sys.stderr,
        )
        return PseudonymKey("ephemeral", secrets.token_bytes(32))


def _open(path: str, mode: str, stack: ExitStack, default: IO[str]) -> IO[str]:
    return default if path == "-" else stack.enter_context(open(path, mode, encoding="utf-8"))


def _parse(line: str) -> tuple[dict | None, str | None]:
    """(record, None) or (None, reason) — the reason never quotes the line."""
    try:
        record = json.loads(line)
    except ValueError:
        return None, "not valid JSON"
    if not isinstance(record, dict):
        return None, "not a JSON object"
    if not isinstance(record.get("text"), str):
        return None, "no string 'text' field"
    return record, None


def scrub_jsonl(
    input_path: str = "-",
    output_path: str = "-",
    scrubber: Any = None,
    progress_every: int = PROGRESS_EVERY,
) -> int:
    """Scrub a JSON-lines stream; returns the exit code (1 if any line was skipped)."""
    from ozero.deid.text.engine import ScrubError, get_scrubber

    scrubber = scrubber or get_scrubber()
    skipped = done = 0
    started = time.monotonic()
    with ExitStack() as stack:
        source = _open(input_path, "r", stack, sys.stdin)
        sink = _open(output_path, "w", stack, sys.stdout)
        for number, line in enumerate(source, start=1):
            if not line.strip():
                continue
            record, reason = _parse(line)
            if record is not None:
                try:
                    result = scrubber.scrub(record["text"])
                except ScrubError as exc:
                    reason = str(exc)
            if reason is not None:
                print(f"line {number}: {reason}; skipped", file=sys.stderr)
                skipped += 1
                continue
            assert record is not None  # _parse gives a reason whenever it gives no record
            entities = [
                {"type": f.type, "start": f.start, "end": f.end, "score": round(f.score, 3)}
                for f in result.findings
            ]
            out = {"id": record.get("id"), "text": result.text, "entities": entities}
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")
            done += 1
            if progress_every and done % progress_every == 0:
                rate = done / max(time.monotonic() - started, 1e-9)
                print(f"ozero deid text: {done} lines ({rate:.0f}/s)", file=sys.stderr)
    if skipped:
        print(f"ozero deid text: {done} lines written, {skipped} skipped", file=sys.stderr)
    return 1 if skipped else 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `ozero deid text` options (the top-level CLI calls this)."""
    parser.add_argument("--in", dest="input", default="-", help="JSONL input (default stdin)")
    parser.add_argument("--out", dest="output", default="-", help="JSONL output (default stdout)")
    parser.add_argument("--mode", choices=MODES, help="placeholders (default) or surrogates")
    parser.add_argument(
        "--surrogate",
        help="comma-separated types to replace by surrogates (implies --mode surrogate), "
        "e.g. PERSON,PHONE; the other types get placeholders",
    )
    parser.add_argument("--config", help="JSON/YAML file: mode, surrogate, placeholders")
    parser.add_argument("--progress-every", type=int, default=PROGRESS_EVERY, metavar="N")


def run(args: argparse.Namespace) -> int:
    """Entry point for `ozero deid text`: options → scrubber → `scrub_jsonl`."""
    try:
        config = load_config(getattr(args, "config", None))
        if getattr(args, "mode", None):
            config.mode = args.mode
        if getattr(args, "surrogate", None):
            config.mode = "surrogate"
            config.surrogate_types = entity_types(args.surrogate.split(","))
        scrubber = build_scrubber(config)
    except (ConfigError, OSError, ValueError) as exc:
        print(f"ozero deid text: {exc}", file=sys.stderr)
        return 2
    return scrub_jsonl(
        args.input,
        args.output,
        scrubber,
        progress_every=getattr(args, "progress_every", PROGRESS_EVERY),
    )
