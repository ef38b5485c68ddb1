"""Faults the simulator injects on demand, so connectors are tested against a bad day.

Every decision is a hash of (seed, fault, request path, attempt): a test sees the same
faults on every run, yet a retry (the next attempt at the same path) can succeed. Data
faults (malformed, encoding, duplicate) ignore the attempt: a broken document stays broken.

Spec grammar (comma-separated, any order, all optional)::

    error=R        500/503                    throttle=R   429 + Retry-After
    truncate=R     body cut short             drop=R       connection closed, no response
    latency=R[:D]  pause D (300ms, 0.5s, 2s)  malformed=R  SEMD document with broken XML
    duplicate=R    listing item served twice  encoding=R   OMS register in UTF-8 declaring 1251
    drift=R        OMS case gains new optional elements (SL/DOP_INFO, USL/TELEMED):
                   additive schema drift, to be kept
    badtype=R      OMS case with one bad field: SUMV "12,5a", DATE_Z_1 "31.02.2026",
                   no ENP or no IDCASE (the kind is drawn per case): to be quarantined
    seed=N         decision seed              retry_after=S  seconds sent with 429 (default 1)
    first=N        transport faults only on attempts 1..N of a path (0 = every attempt)

R is a rate in [0, 1] (``0.05`` or ``5%``). Transport faults (error, throttle, truncate,
drop) share one draw, so their rates add up to the share of failed requests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields

TRANSPORT = ("error", "throttle", "truncate", "drop")
DATA = ("malformed", "duplicate", "encoding", "drift", "badtype")
BADTYPE_KINDS = ("sumv", "date", "no_enp", "no_idcase")


def _rate(key: str, raw: str) -> float:
    text = raw.strip()
    try:
        value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise ValueError(f"fault '{key}': rate must be a number or a percentage") from None
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"fault '{key}': rate must be within [0, 1]")
    return value


def _duration(raw: str) -> float:
    text = raw.strip().lower()
    try:
        if text.endswith("ms"):
            return float(text[:-2]) / 1000
        return float(text.removesuffix("s"))
    except ValueError:
        raise ValueError("fault 'latency': duration must look like 300ms or 0.5s") from None


def _int(key: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"fault '{key}' must be an integer") from None
    if value < 0:
        raise ValueError(f"fault '{key}' must be >= 0")
    return value


@dataclass(frozen=True)
class FaultPlan:
    error: float = 0.0
    throttle: float = 0.0
    truncate: float = 0.0
    drop: float = 0.0
    latency: float = 0.0
    latency_s: float = 0.3
    malformed: float = 0.0
    duplicate: float = 0.0
    encoding: float = 0.0
    drift: float = 0.0
    badtype: float = 0.0
    seed: int = 0
    retry_after: int = 1
    first: int = 0

    def __post_init__(self) -> None:
        if sum(getattr(self, k) for k in TRANSPORT) > 1.0:
            raise ValueError("transport fault rates (error+throttle+truncate+drop) exceed 1")

    @classmethod
    def parse(cls, spec: str) -> FaultPlan:
        """``"error=0.05,latency=0.2:300ms,seed=1"`` → a plan; unknown keys are an error."""
        values: dict[str, float | int] = {}
        known = [f.name for f in fields(cls) if f.name != "latency_s"]
        for part in filter(None, (p.strip() for p in spec.split(","))):
            key, sep, raw = part.partition("=")
            key = key.strip()
            if not sep or key not in known:
                raise ValueError(f"bad fault {key!r}; known: {', '.join(known)}")
            if key == "latency":
                rate, _, duration = raw.partition(":")
                values["latency"] = _rate(key, rate)
                if duration:
                    values["latency_s"] = _duration(duration)
            elif key in ("seed", "retry_after", "first"):
                values[key] = _int(key, raw)
            else:
                values[key] = _rate(key, raw)
        return cls(**values)  # type: ignore[arg-type]

    def spec(self) -> str:
        """The plan back as a spec string (for logs and bench reports)."""
        parts = [f"{k}={getattr(self, k):g}" for k in (*TRANSPORT, *DATA) if getattr(self, k)]
        if self.latency:
            parts.append(f"latency={self.latency:g}:{self.latency_s * 1000:g}ms")
        parts += [f"seed={self.seed}", f"retry_after={self.retry_after}"]
        return ",".join(parts + ([f"first={self.first}"] if self.first else []))

    @property
    def transport_rate(self) -> float:
        return sum(getattr(self, k) for k in TRANSPORT)

    def draw(self, *parts: object) -> float:
        """A uniform number in [0, 1) fixed by the seed and the parts."""
        text = "\x1f".join(str(p) for p in (self.seed, *parts))
        return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") / 2**64

    def transport(self, path: str, attempt: int) -> str | None:
        """The transport fault for this attempt at this path, or None to answer normally."""
        if self.first and attempt > self.first:
            return None
        u, edge = self.draw("transport", path, attempt), 0.0
        for kind in TRANSPORT:
            edge += getattr(self, kind)
            if u < edge:
                return kind
        return None

    def delay(self, path: str, attempt: int) -> float:
        return self.latency_s if self.draw("latency", path, attempt) < self.latency else 0.0

    def error_status(self, path: str, attempt: int) -> int:
        return 503 if self.draw("status", path, attempt) < 0.5 else 500

    def is_malformed(self, document_id: str, version: int) -> bool:
        return self.draw("malformed", document_id, version) < self.malformed

    def is_duplicated(self, item_key: str) -> bool:
        return self.draw("duplicate", item_key) < self.duplicate

    def is_misencoded(self, register_id: str) -> bool:
        return self.draw("encoding", register_id) < self.encoding

    def drifts(self, register_id: str, idcase: int) -> bool:
        """Whether this OMS case carries elements of a newer format version."""
        return self.draw("drift", register_id, idcase) < self.drift

    def bad_type(self, register_id: str, idcase: int) -> str | None:
        """The field this OMS case gets wrong (one of BADTYPE_KINDS), or None."""
        if self.draw("badtype", register_id, idcase) >= self.badtype:
            return None
        u = self.draw("badtype-kind", register_id, idcase)
        return BADTYPE_KINDS[int(u * len(BADTYPE_KINDS))]


def break_xml(body: bytes) -> bytes:
    """A well-formedness error a parser cannot recover from: the closing tags are gone."""
    return body[: max(1, len(body) * 2 // 3)]


def misencode(body: bytes) -> bytes:
    """windows-1251 bytes re-encoded as UTF-8, declaration left saying windows-1251."""
    return body.decode("cp1251").encode("utf-8")


def with_duplicates(items: list, keys: list[str], plan: FaultPlan, page_size: int) -> list:
    """Serve each flagged item a second time one page later (or at the end of the listing),
    the way an offset-paged feed repeats rows when new ones arrive while a client pages."""
    later: dict[int, list] = {}
    out: list = []
    for i, (item, key) in enumerate(zip(items, keys, strict=True)):
        out.extend(later.pop(i, []))
        out.append(item)
        if plan.is_duplicated(key):
            later.setdefault(i + page_size, []).append(item)
    for i in sorted(later):
        out.extend(later[i])
    return out
