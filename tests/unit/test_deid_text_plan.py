"""The Spark scrub UDF (ozero.deid.plan) runs the same engine, batch by batch."""

from __future__ import annotations

from ozero.contracts import parse_contract
from ozero.deid.keys import PseudonymKey
from ozero.deid.plan import FOUND_COLUMN, apply_plan

CONTRACT = parse_contract(
    {
        "zone": "silver",
        "table": "notes",
        "keys": ["note_id"],
        "columns": [
            {"name": "note_id", "type": "string", "privacy": "safe", "source": "note_id"},
            {
                "name": "note",
                "type": "string",
                "privacy": "free_text",
                "action": "scrub",
                "source": "note",
                "params": {"known_names": [["family", "given", "patronymic"]]},
            },
        ],
        "dropped": ["family", "given", "patronymic"],
    }
)


def test_scrub_udf_uses_the_engine_with_row_headers(spark) -> None:  # noqa: ANN001
    rows = [
        ("1", "Со слов Зиннатуллиной Г.Р., тел. 8-916-123-45-67.", "Зиннатуллина", "Гуля", "Р"),
        ("2", None, None, None, None),
        ("3", "Со слов Зиннатуллиной Г.Р., тел. 8-916-123-45-67.", "Зиннатуллина", "Гуля", "Р"),
        ("4", "ЭКГ: ритм синусовый.", "Петров", "Иван", "Ильич"),
    ]
    df = spark.createDataFrame(
        rows, "note_id string, note string, family string, given string, patronymic string"
    )
    out = {r.note_id: r for r in apply_plan(df, CONTRACT, PseudonymKey("t", b"k" * 32)).collect()}
    assert out["1"].note == out["3"].note == "Со слов [ФИО], тел. [ТЕЛЕФОН]."
    assert sorted(out["1"][FOUND_COLUMN]) == ["PERSON", "PHONE_NUMBER"]
    assert out["2"].note is None and out["2"][FOUND_COLUMN] == []
    assert out["4"].note == "ЭКГ: ритм синусовый." and out["4"][FOUND_COLUMN] == []


def test_rows_without_text_stay_empty_even_when_no_row_of_a_batch_has_one(spark) -> None:  # noqa: ANN001
    """Claims mostly carry no comment: such batches skip the engine, and their names are not
    sent to the worker, yet come back exactly as rows without text always did."""
    rows = [(str(i), None, "Зиннатуллина", "Гуля", "Р") for i in range(3)]
    df = spark.createDataFrame(
        rows, "note_id string, note string, family string, given string, patronymic string"
    )
    out = apply_plan(df, CONTRACT, PseudonymKey("t", b"k" * 32)).collect()
    assert [(r.note, r[FOUND_COLUMN]) for r in out] == [(None, [])] * 3
