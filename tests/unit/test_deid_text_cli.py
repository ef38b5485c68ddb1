"""`ozero deid text`: stdin/stdout JSONL, bad lines, replacement modes and config files."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from ozero.cli import main as ozero_main

LINES = [
    json.dumps({"id": 1, "text": "Пациент Иванов Иван Иванович, тел. +7 916 123-45-67."}),
    'not json, mentions Петров {"text"',
    json.dumps({"id": 3}),
    json.dumps({"id": 4, "text": "Со слов Иванова И.И., СНИЛС 112-233-445 95."}),
]


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *args: str):
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(LINES) + "\n"))
    code = ozero_main(["deid", "text", *args])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_stdin_to_stdout_with_placeholders_and_bad_lines_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    code, records, err = run(monkeypatch, capsys)
    assert code == 1 and [r["id"] for r in records] == [1, 4]
    assert records[0]["text"] == "Пациент [ФИО], тел. [ТЕЛЕФОН]."
    original = json.loads(LINES[0])["text"]
    spans = [original[e["start"] : e["end"]] for e in records[0]["entities"]]
    assert spans == ["Иванов Иван Иванович", "+7 916 123-45-67"]
    assert "line 2: not valid JSON; skipped" in err and "line 3: no string 'text'" in err
    assert "Петров" not in err  # the bad line's content is never echoed


def test_surrogate_only_for_chosen_types(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, pseudonym_key: str
) -> None:
    code, records, _ = run(monkeypatch, capsys, "--surrogate", "PERSON")
    text = records[0]["text"]
    assert code == 1 and "[ФИО]" not in text and "Иванов" not in text and "[ТЕЛЕФОН]" in text
    again = run(monkeypatch, capsys, "--mode", "surrogate")[1]
    assert again[0]["text"].split(",")[0] == text.split(",")[0]  # same key, same surrogate
    assert "[СНИЛС]" not in again[1]["text"] and "112-233-445 95" not in again[1]["text"]


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_config_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
    pseudonym_key: str,
    suffix: str,
) -> None:
    config = {"mode": "surrogate", "surrogate": ["PHONE"], "placeholders": {"NAME": "<ИМЯ>"}}
    path = tmp_path / f"deid{suffix}"
    path.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")  # JSON ⊂ YAML
    _, records, _ = run(monkeypatch, capsys, "--config", str(path))
    assert records[0]["text"].startswith("Пациент <ИМЯ>, тел. +7 ")
    assert "123-45-67" not in records[0]["text"]


def test_files_in_and_out_and_unknown_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(LINES[0] + "\n", encoding="utf-8")
    assert ozero_main(["deid", "text", "--in", str(source), "--out", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == 1
    assert ozero_main(["deid", "text", "--surrogate", "FOO"]) == 2
    assert "unknown entity type 'FOO'" in capsys.readouterr().err


def test_progress_goes_to_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from ozero.deid.text.cli import scrub_jsonl

    monkeypatch.setattr(sys, "stdin", io.StringIO(LINES[0] + "\n" + LINES[3] + "\n"))
    assert scrub_jsonl(progress_every=1) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2 and "ozero deid text: 2 lines" in err


def test_room_numbers_setting(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    note = {"id": 1, "text": "Переведен в палату № 412. Направление № 5531 от 02.02.2024."}
    source.write_text(json.dumps(note, ensure_ascii=False) + "\n", encoding="utf-8")
    assert ozero_main(["deid", "text", "--in", str(source), "--out", str(target)]) == 0
    kept = json.loads(target.read_text(encoding="utf-8"))["text"]
    assert kept == "Переведен в палату № 412. Направление № [НОМЕР] от [ДАТА]."
    config = tmp_path / "deid.yaml"
    config.write_text("keep_room_numbers: false\n", encoding="utf-8")
    argv = ["deid", "text", "--in", str(source), "--out", str(target), "--config", str(config)]
    assert ozero_main(argv) == 0
    assert "палату № [НОМЕР]" in json.loads(target.read_text(encoding="utf-8"))["text"]
    config.write_text("keep_rooms: false\n", encoding="utf-8")
    assert ozero_main(argv) == 2
    assert "keep_room_numbers" in capsys.readouterr().err
