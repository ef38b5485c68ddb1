"""Apply a table contract's de-identification actions to a DataFrame of parsed fields.

The contract decides, column by column: keep, pseudonymise (keyed HMAC, with declared
fallbacks when the first identifier is missing), generalise (age band, region), date-shift
(per-patient secret offset) or scrub (Russian free text). A parsed
field that the contract neither maps nor lists under `dropped` stops the run: a new field in
a source can never slip into silver unexamined.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ozero.contracts import Column as ContractColumn
from ozero.contracts import Contract
from ozero.deid.dates import age_band_column, date_shift_days_column
from ozero.deid.keys import PseudonymKey
from ozero.deid.pseudonym import normalise_column

FOUND_COLUMN = "_deid_found"  # entity types scrubbed from the row's free text


class UndeclaredFieldError(ValueError):
    """A parsed field has no privacy decision in the table's contract."""


def check_fields_declared(fields: list[str], contract: Contract) -> None:
    undeclared = sorted(set(fields) - contract.declared_fields)
    if undeclared:
        raise UndeclaredFieldError(
            f"{contract.name}: fields without a declared privacy class/action: {undeclared}; "
            f"map them to a column or list them under `dropped` in the contract"
        )


def dicom_uid_column(uid: Column, key: PseudonymKey) -> Column:
    """The keyed `2.25.` UID the DICOM de-identifier gives the same original UID (so a row
    and its file agree), in an Arrow UDF: the key never enters a query plan."""
    secret, key_id = key.secret, key.key_id

    @F.pandas_udf("string")  # type: ignore[call-overload]  # pyspark stub: no type-hint form
    def remap(values: pd.Series) -> pd.Series:
        from ozero.deid.dicom.uids import UidMapper

        remapped = UidMapper(PseudonymKey(key_id=key_id, secret=secret))
        return values.map(lambda v: None if _missing(v) else (remapped(str(v)) or None))

    return remap(uid)


def _known_columns(column: ContractColumn) -> list[str]:
    names = [c for group in column.params.get("known_names", []) for c in group]
    return (
        names + column.params.get("known_identifiers", []) + column.params.get("known_phones", [])
    )


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value))


def _scrub_udf(column: ContractColumn):
    """An Arrow-batched UDF: text + the row's known header values → (text, entity types)."""
    name_groups = [list(g) for g in column.params.get("known_names", [])]
    identifier_cols = list(column.params.get("known_identifiers", []))
    phone_cols = list(column.params.get("known_phones", []))
    result_type = T.StructType(
        [
            T.StructField("text", T.StringType()),
            T.StructField("found", T.ArrayType(T.StringType())),
        ]
    )

    @F.pandas_udf(result_type)  # type: ignore[call-overload]  # pyspark stub: no type-hint form
    def scrub(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        from ozero.deid.text.engine import get_scrubber
        from ozero.deid.text.recognizers.known import KnownIdentifiers

        for batch in batches:
            texts = [None if _missing(t) else t for t in batch["text"]]
            if all(t is None for t in texts):  # most claims carry no comment: no model, no rows
                yield pd.DataFrame({"text": texts, "found": [[] for _ in texts]})
                continue
            rows = batch.to_dict("records")
            known = [
                None
                if text is None
                else KnownIdentifiers(
                    names=[tuple(r[c] for c in group) for group in name_groups],
                    phones=[r[c] for c in phone_cols if r[c]],
                    identifiers=[r[c] for c in identifier_cols if r[c]],
                )
                for text, r in zip(texts, rows)
            ]
            # One call per Arrow batch: the engine caches repeated texts and headers.
            results = get_scrubber().scrub_many(texts, known)
            yield pd.DataFrame(
                {
                    "text": [r.text if r is not None else None for r in results],
                    "found": [
                        [f.type for f in r.findings] if r is not None else [] for r in results
                    ],
                }
            )

    return scrub


def _scrub_input(column: ContractColumn) -> Column:
    """The text and its row's known values; null without a text, so rows with nothing to
    scrub send no names through Arrow to the Python worker."""
    known = _known_columns(column)
    text = F.col(column.source_field)
    values = F.struct(text.alias("text"), *[F.col(c).cast("string").alias(c) for c in known])
    return F.when(text.isNotNull(), values)


def _pseudonym_sources(column: ContractColumn) -> list[tuple[str, str, str | None]]:
    """(field, domain, link label): the column's source, then its declared fallbacks."""
    first = (column.source_field, column.params["domain"], column.params.get("link"))
    fallbacks = [
        (f["source"], f["domain"], f.get("link")) for f in column.params.get("fallback", [])
    ]
    return [first, *fallbacks]


KEYED_PREFIX = "__keyed_"  # a frame's precomputed keyed hashes (`with_keyed_hashes`)
_KEYED = "__keyed"  # the one Arrow UDF's struct of a row's keyed hashes


def _shift_column(patient: str) -> str:
    return f"__date_shift_{patient}"


def _keyed_sources(column: ContractColumn) -> tuple[tuple[str, str], ...]:
    """What a keyed pseudonym is made of: its (field, domain) sources, fallbacks in order.
    Two columns (of one contract or of two) with the same sources get the same pseudonym."""
    return tuple((field, domain) for field, domain, _ in _pseudonym_sources(column))


def keyed_name(sources: tuple[tuple[str, str], ...]) -> str:
    """The column a frame carries a precomputed pseudonym of `sources` in."""
    return KEYED_PREFIX + "pid__" + "__".join(f"{domain}_{field}" for field, domain in sources)


def shift_name(sources: tuple[tuple[str, str], ...]) -> str:
    """The column a frame carries the date shift of the pseudonym of `sources` in."""
    return KEYED_PREFIX + "shift__" + keyed_name(sources).removeprefix(KEYED_PREFIX + "pid__")


def _is_keyed(column: ContractColumn) -> bool:
    return column.action == "pseudonymise" and column.params.get("method") != "dicom_uid"


def _message(sources: tuple[tuple[str, str], ...]) -> Column:
    """The ``domain:normalised`` string a pseudonym is the HMAC of, null when it has none
    (every source missing or blank after normalisation): the first present source wins."""
    canonical = [(normalise_column(F.col(f), d), d) for f, d in sources]
    return F.coalesce(*[F.when(c != "", F.concat(F.lit(f"{d}:"), c)) for c, d in canonical])


def keyed_hashes_column(messages: list[Column], shifts: list[int], key: PseudonymKey) -> Column:
    """All of a row's keyed hashes in one Arrow UDF (one Python round trip per row): field
    ``p{i}`` is the pseudonym of ``messages[i]`` (``"P"`` + the first 32 hex characters of
    its HMAC-SHA256; null for a null message), field ``s{j}`` the date shift
    (`date_shift_days`, ±180 days) of pseudonym ``shifts[j]``. Byte for byte what
    `pseudonymise_column` and `date_shift_days_column` give, which made two round trips
    (the shift hashes the pseudonym). The secret travels inside the pickled function, never
    in the query plan, as there."""
    from ozero.deid.dates import date_shift_days
    from ozero.deid.pseudonym import token

    count = len(messages)  # the closure: the key and plain values, no Column
    fields = [T.StructField(f"p{i}", T.StringType()) for i in range(count)]
    fields += [T.StructField(f"s{j}", T.IntegerType()) for j in range(len(shifts))]

    @F.pandas_udf(T.StructType(fields))  # type: ignore[call-overload]  # pyspark stub
    def keyed(batch: pd.DataFrame) -> pd.DataFrame:
        out: dict[str, object] = {}
        tokens = []
        for i in range(count):
            made = [None if _missing(m) else token(key, str(m)) for m in batch[f"m{i}"]]
            tokens.append(made)
            out[f"p{i}"] = made
        for j, i in enumerate(shifts):
            offsets = [None if t is None else date_shift_days(t, key) for t in tokens[i]]
            out[f"s{j}"] = pd.array(offsets, dtype="Int32")
        return pd.DataFrame(out, index=batch.index)

    return keyed(F.struct(*[m.alias(f"m{i}") for i, m in enumerate(messages)]))


def _shift_patients(contract: Contract) -> list[str]:
    return sorted({c.params["patient"] for c in contract.columns if c.action == "date_shift"})


def with_keyed_hashes(df: DataFrame, contracts: list[Contract], key: PseudonymKey) -> DataFrame:
    """`df` with the keyed pseudonyms (and their patients' date shifts) the `contracts` make
    of `df`'s own fields, computed once in one Arrow UDF, under `keyed_name`/`shift_name`:
    `apply_plan` of any of the contracts then reuses them instead of hashing again, on
    `df` or on frames made of it that carry them (a case's services reuse the case's
    patient and case pseudonyms). Pseudonyms whose sources `df` lacks are left to
    `apply_plan`."""
    specs: dict[tuple[tuple[str, str], ...], bool] = {}  # sources → date-shifted
    for contract in contracts:
        patients = set(_shift_patients(contract))
        for column in filter(_is_keyed, contract.columns):
            sources = _keyed_sources(column)
            if all(f in df.columns for f, _ in sources) and keyed_name(sources) not in df.columns:
                specs[sources] = specs.get(sources, False) or column.name in patients
    if not specs:
        return df
    order = list(specs)
    shifted = [i for i, s in enumerate(order) if specs[s]]
    hashes = keyed_hashes_column([_message(s) for s in order], shifted, key)
    added = [F.col(f"{_KEYED}.p{i}").alias(keyed_name(s)) for i, s in enumerate(order)]
    added += [F.col(f"{_KEYED}.s{j}").alias(shift_name(order[i])) for j, i in enumerate(shifted)]
    return df.withColumn(_KEYED, hashes).select(*[F.col(c) for c in df.columns], *added)


def _keyed(out: DataFrame, contract: Contract, key: PseudonymKey) -> DataFrame:
    """The contract's keyed pseudonyms under their names, and one shift column per patient
    column (`_shift_column`): taken from the frame's precomputed columns
    (`with_keyed_hashes`) where it carries them, the rest computed in one Arrow UDF."""
    patients = _shift_patients(contract)
    keyed = {c.name: c for c in contract.columns if _is_keyed(c)}
    carried = set(out.columns)
    # what the frame does not carry: a pseudonym, or the shift of a patient's pseudonym
    todo = [
        c for c in keyed.values()
        if keyed_name(_keyed_sources(c)) not in carried
        or (c.name in patients and shift_name(_keyed_sources(c)) not in carried)
    ]  # fmt: skip
    shifted = [i for i, c in enumerate(todo) if c.name in patients]
    pids = {c.name: F.col(keyed_name(_keyed_sources(c))) for c in keyed.values()}
    shifts = {n: F.col(shift_name(_keyed_sources(c))) for n, c in keyed.items() if n in patients}
    if todo:
        hashes = keyed_hashes_column([_message(_keyed_sources(c)) for c in todo], shifted, key)
        out = out.withColumn(_KEYED, hashes)
        pids |= {c.name: F.col(f"{_KEYED}.p{i}") for i, c in enumerate(todo)}
        shifts |= {todo[i].name: F.col(f"{_KEYED}.s{j}") for j, i in enumerate(shifted)}
    for name, column in keyed.items():
        out = out.withColumn(name, pids[name])
        link = column.params.get("link_column")
        if link and len(_keyed_sources(column)) > 1:
            out = out.withColumn(link, _link(column))
    for patient in patients:
        # a patient column that is no keyed pseudonym of this plan (a DICOM UID): hashed apart
        shift = shifts.get(patient, None)
        if shift is None:
            shift = date_shift_days_column(F.col(patient), key)
        out = out.withColumn(_shift_column(patient), shift)
    return out


def _link(column: ContractColumn) -> Column:
    """Which source a fallback pseudonym was made of, by its `link` label."""
    canonical = [
        (normalise_column(F.col(f), d), label) for f, d, label in _pseudonym_sources(column)
    ]
    return F.coalesce(*[F.when(c != "", F.lit(label)) for c, label in canonical])


def apply_plan(df: DataFrame, contract: Contract, key: PseudonymKey) -> DataFrame:
    """Return the contract's columns (plus FOUND_COLUMN) computed from parsed fields in `df`.

    The keyed pseudonyms and the patients' date shifts are one Arrow UDF (`_keyed`), or
    come precomputed with the frame (`with_keyed_hashes`)."""
    check_fields_declared([c for c in df.columns if not c.startswith(KEYED_PREFIX)], contract)
    out = df
    # Pseudonyms first: date shifting is keyed on the patient pseudonym.
    for col in contract.columns:
        if col.action == "pseudonymise" and col.params.get("method") == "dicom_uid":
            out = out.withColumn(col.name, dicom_uid_column(F.col(col.source_field), key))
    out = _keyed(out, contract, key)
    found_parts: list[Column] = []
    for col in contract.columns:
        if col.action == "date_shift":
            shift = F.col(_shift_column(col.params["patient"]))
            out = out.withColumn(col.name, F.date_add(F.to_date(F.col(col.source_field)), shift))
        elif col.action == "generalise":
            method = col.params.get("method")
            if method == "age_band":
                birth = F.to_date(F.col(col.source_field))
                on = F.to_date(F.col(col.params["relative_to"]))
                out = out.withColumn(col.name, age_band_column(birth, on))
            elif method == "region":
                out = out.withColumn(col.name, F.col(col.source_field).cast("string"))
            else:
                raise ValueError(f"{contract.name}.{col.name}: unknown generalisation {method!r}")
        elif col.action == "scrub":
            tmp = f"__scrub_{col.name}"
            out = out.withColumn(tmp, _scrub_udf(col)(_scrub_input(col)))
            out = out.withColumn(col.name, F.col(f"{tmp}.text"))
            found_parts.append(F.coalesce(F.col(f"{tmp}.found"), F.array().cast("array<string>")))
        elif col.action == "keep" and "recode" in col.params:
            mapping = F.create_map(*[F.lit(x) for kv in col.params["recode"].items() for x in kv])
            out = out.withColumn(col.name, mapping[F.col(col.source_field)].cast(col.spark_type))
        elif col.action == "keep":
            out = out.withColumn(col.name, F.col(col.source_field).cast(col.spark_type))
        elif col.action == "drop":
            raise ValueError(f"{contract.name}.{col.name}: a dropped field is not a column")
    found = F.concat(*found_parts) if found_parts else F.array().cast("array<string>")
    out = out.withColumn(FOUND_COLUMN, found)
    return out.select(
        *[F.col(c.name).cast(c.spark_type).alias(c.name) for c in contract.columns],
        FOUND_COLUMN,
    )
