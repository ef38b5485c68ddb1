"""The curator's view of a candidate: a short Markdown summary, Russian and English headings.

The same text is the body of the Airflow approval request ("Required actions"), is stored as
request.md beside the candidate, and is what `ozero release show` prints for a candidate, so a
curator reads the same figures wherever they decide. It names no person and holds no value
from the data: counts, versions and checks only.
"""

from __future__ import annotations

from typing import Any

from ozero.release import store
from ozero.release.candidate import Candidate

BUMP_RU = {"major": "мажорная", "minor": "минорная", "patch": "патч"}


def _cell(value: Any) -> str:
    return "—" if value is None else str(value).replace("|", "\\|")


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


def describe_change(change: dict[str, Any]) -> str:
    """One line: what changed against a release or a rejected candidate."""
    rows = change.get("rows", {})
    parts = [
        f"+{rows.get('added', 0)} added / добавлено",
        f"−{rows.get('removed', 0)} removed / удалено",
        f"{rows.get('changed', 0)} corrected / исправлено",
    ]
    if change.get("schema_changed"):
        parts.append("**schema changed / схема изменена**")
    if change.get("key_rotated"):
        before = ", ".join(change["key_ids"]["before"]) or "—"
        after = ", ".join(change["key_ids"]["after"]) or "—"
        parts.append(f"**key rotated / ключ сменён** ({before} → {after})")
    return "; ".join(parts)


def _changes_section(changes: dict[str, Any]) -> list[str]:
    lines = ["### Что изменилось / What changed", ""]
    since = changes.get("since_release")
    if since:
        bump = since.get("bump")
        lines.append(
            f"- Since release / с выпуска **{since['against']}**: {describe_change(since)} → "
            f"**{bump}** ({BUMP_RU.get(bump, bump)}): {since.get('reason')}"
        )
    else:
        lines.append("- First release of this dataset / первый выпуск набора")
    rejected = changes.get("since_rejected")
    if rejected:
        note = f' — "{rejected["note"]}"' if rejected.get("note") else ""
        lines.append(
            f"- Since rejected candidate / с отклонённого кандидата **{rejected['against']}** "
            f"(rejected by / отклонил {rejected.get('rejected_by')} "
            f"at {rejected.get('rejected_at')}{note}): {describe_change(rejected)}"
        )
    return lines + [""]


def _rows_section(candidate: Candidate) -> list[str]:
    rows = [
        [
            f"`{table}`",
            version,
            candidate.row_counts.get(table),
            candidate.publish_row_counts.get(table, candidate.row_counts.get(table)),
        ]
        for table, version in candidate.source_versions.items()
    ]
    header = ["table / таблица", "Delta version", "rows / строк", "to publish / к публикации"]
    return ["### Строки / Rows", "", *_table(header, rows), ""]


def validation_rows(validation: dict[str, Any], tables: list[str]) -> list[list[Any]]:
    per_table = validation.get("tables", validation) if isinstance(validation, dict) else {}
    rows: list[list[Any]] = []
    for table in tables:
        stats = per_table.get(table) if isinstance(per_table, dict) else None
        if not isinstance(stats, dict) or stats.get("validated") is False:
            rows.append([f"`{table}`", None, None, "not validated / не проверено"])
            continue
        failed = int(stats.get("failed") or 0)
        result = "passed / пройдено" if failed == 0 else "**FAILED / не пройдено**"
        rows.append([f"`{table}`", stats.get("expectations"), failed, result])
    return rows


def _validation_section(candidate: Candidate) -> list[str]:
    tables = list(candidate.source_versions)
    validation = candidate.validation or {}
    lines = ["### Проверки качества / Validation (Great Expectations)", ""]
    if validation.get("available") is False:
        return lines + [f"- no results / нет результатов: {validation.get('reason')}", ""]
    header = ["table / таблица", "expectations / ожиданий", "failed / провалено", "result"]
    lines += _table(header, validation_rows(validation, tables))
    per_table = validation.get("tables", validation)
    others = [t for t in per_table if t not in tables and isinstance(per_table[t], dict)]
    if others:
        failing = [t for t in others if int(per_table[t].get("failed") or 0)]
        lines.append("")
        lines.append(
            f"Upstream tables / исходные таблицы: {len(others)} validated, "
            f"{len(failing)} with failed expectations"
            + (f" ({', '.join(f'`{t}`' for t in failing)})" if failing else "")
        )
    return lines + [""]


def _privacy_section(candidate: Candidate, guard: dict[str, Any] | None) -> list[str]:
    lines = ["### Приватность / Privacy", ""]
    if not guard:
        return lines + ["- guard report missing / нет отчёта проверки", ""]
    rows = []
    for table, entry in guard.get("tables", {}).items():
        risk, phi = entry["risk"], entry["phi_scan"]
        l_values = ", ".join(f"{c}: {v}" for c, v in risk["after"].get("l_min", {}).items())
        rows.append(
            [
                f"`{table}`",
                f"{risk['before']['k_min']} → {risk['after']['k_min']}",
                risk["rows_suppressed"],
                l_values or None,
                f"{phi['scanned_rows']} rows, {len(phi['scanned_columns'])} columns",
                sum(h["rows"] for h in phi["hits"]),
            ]
        )
    header = [
        "table / таблица",
        f"k (min group, required {guard.get('k_required')})",
        "suppressed / скрыто",
        f"l (required {guard.get('l_required')})",
        "PHI scan / поиск ПДн",
        "hits / находок",
    ]
    lines += _table(header, rows)
    state = "passed / пройдена" if guard.get("passed") else "**BLOCKED / заблокирована**"
    lines += ["", f"Release guard / проверка перед выпуском: {state}"]
    lines += [f"- problem / проблема: {p}" for p in guard.get("problems", [])]
    lines += [f"- warning / предупреждение: {w}" for w in guard.get("warnings", [])]
    keys = ", ".join(candidate.key_ids) or "—"
    lines += [f"- pseudonymisation key id / ключ псевдонимизации: `{keys}`", ""]
    return lines


def render_request(
    candidate: Candidate, guard: dict[str, Any] | None, datasheet_summary: str | None = None
) -> str:
    """The approval request as Markdown (a few KB, whatever the dataset's size); with the
    datasheet's summary (splits, labels) when given."""
    name, version = candidate.dataset, candidate.version
    lines = [
        f"## Выпуск набора данных / Dataset release: `{name}` {version}",
        "",
        f"Candidate / кандидат created {candidate.created_at}. "
        "Approve / Утвердить → published as is; Reject / Отклонить → closed for good "
        "(new data makes a new candidate).",
        "",
        *_changes_section(candidate.changes),
        *_rows_section(candidate),
        *_validation_section(candidate),
        *_privacy_section(candidate, guard),
        *([datasheet_summary] if datasheet_summary else []),
        "### Где посмотреть / Inspect",
        "",
        f"- `ozero release show {name} {version}` (figures), "
        f"`ozero release show {name} {version} --json` (everything)",
        f"- files / файлы: `{store.candidate_uri(name, version)}/` "
        "(candidate.json, guard.json, request.md, datasheet.md, datasheet.html)",
        f"- or decide on the command line / или в терминале: "
        f'`ozero release approve {name} {version} --note "…"` · '
        f'`ozero release reject {name} {version} --note "…"`',
        "",
    ]
    return "\n".join(lines)
