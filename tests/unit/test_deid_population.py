"""Journalist risk against a population table: hand-counted classes, the CSV, the stand-in."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from ozero.deid.kanon import KPolicy
from ozero.deid.population import (
    PopulationError,
    configured_population,
    journalist_risk,
    load_population,
    simulator_population,
)

LADDERS = {"patient_region_code": "region", "patient_sex": "none", "patient_age_band": "age_band"}
POLICY = KPolicy(k=5, ladders=LADDERS)
# (1, 40-49): 3 + 3 in Moscow (77) and 4 in its oblast (50); (2, 40-49): 2; (2, 50-59): 5
TABLE = """region,sex,age,count
77,1,40,3
77,1,45,3
50,1,44,4
77,2,41,2
77,2,52,5
"""


def _table(tmp_path: Path, text: str = TABLE, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_each_record_is_one_over_its_population_class(tmp_path: Path) -> None:
    population = load_population(_table(tmp_path))
    # no region released: a class is every region's people of that sex and band
    released = {("1", "40-49"): 5, ("2", "50-59"): 5, ("2", "40-49"): 3}
    got = journalist_risk(released, ("patient_sex", "patient_age_band"), {}, POLICY, population)
    assert got.available and got.dimensions == {"patient_sex": "sex", "patient_age_band": "age"}
    # populations 10, 5 and 2 (3 rows of 2 people: records, not people, e.g. repeat studies)
    assert got.smallest_class == 2 and got.risk_max == pytest.approx(1 / 2)
    assert got.risk_avg == pytest.approx((5 / 10 + 5 / 5 + 3 / 2) / 13)
    assert got.rows == 13 and got.rows_in_small_classes == 3 and got.rows_not_in_population == 0
    figures = got.to_dict()
    assert figures["risk_avg"] == round(3 / 13, 6) and figures["reason"] is None


def test_a_released_region_narrows_the_class_and_a_null_widens_it(tmp_path: Path) -> None:
    population = load_population(_table(tmp_path))
    columns = ("patient_region_code", "patient_sex", "patient_age_band")
    released = {("77", "1", "40-49"): 2, ("50", "1", "40-49"): 1, (None, "2", "50-59"): 1}
    got = journalist_risk(released, columns, {}, POLICY, population)
    # 6 men 40-49 in 77, 4 in 50; a null region matches both regions' 5 women 50-59
    assert got.risk_avg == pytest.approx((2 / 6 + 1 / 4 + 1 / 5) / 4)
    assert got.smallest_class == 4 and got.rows_in_small_classes == 1
    assert got.rows_not_in_population == 0
    # a code the table counts no one under (sex "3": undetermined) is taken at risk 1
    odd = {("77", "3", "40-49"): 6, ("77", "1", "40-49"): 6}
    got = journalist_risk(odd, columns, {}, POLICY, population)
    assert got.smallest_class == 0 and got.risk_max == 1.0
    assert got.risk_avg == pytest.approx((6 / 1 + 6 / 6) / 12)
    assert got.rows_not_in_population == 6 and got.rows_in_small_classes == 6


def test_the_population_is_generalised_as_the_column_is(tmp_path: Path) -> None:
    population = load_population(_table(tmp_path))
    columns = ("patient_sex", "patient_age_band")
    # at 20-year bands, women 40-49 (2) and 50-59 (5) are one class of 7
    banded = journalist_risk({("2", "40-59"): 4}, columns, {"patient_age_band": 1}, POLICY,
                             population)  # fmt: skip
    assert banded.smallest_class == 7 and banded.risk_max == pytest.approx(1 / 7)
    anyage = journalist_risk({("2", "any"): 4}, columns, {"patient_age_band": 2}, POLICY,
                             population)  # fmt: skip
    assert anyage.smallest_class == 7
    # a suppressed region is null in the release and in the population alike: all regions
    regions = ("patient_region_code", "patient_sex", "patient_age_band")
    levels = {"patient_region_code": 1}
    merged = journalist_risk({(None, "1", "40-49"): 5}, regions, levels, POLICY, population)
    assert merged.smallest_class == 10
    # with federal districts, Moscow and its oblast (both district 1) are one class
    districts = KPolicy(k=5, ladders=LADDERS, region_districts={"77": "1", "50": "1"})
    by_district = journalist_risk({("1", "1", "40-49"): 5}, regions, levels, districts, population)
    assert by_district.smallest_class == 10


def test_an_age_group_across_two_bands_leaves_the_figure_absent(tmp_path: Path) -> None:
    population = load_population(_table(tmp_path, "region,sex,age,count\n77,1,15-19,40\n"))
    columns = ("patient_sex", "patient_age_band")
    absent = journalist_risk({("1", "18-29"): 5}, columns, {}, POLICY, population)
    assert not absent.available and absent.risk_max is None
    assert "age group 15-19 spans the released patient_age_band values 0-17 and 18-29" in (
        absent.reason or ""
    )
    # 20-year bands hold 15-19 whole (0-39): the figure is there
    banded = journalist_risk({("1", "0-39"): 5}, columns, {"patient_age_band": 1}, POLICY,
                             population)  # fmt: skip
    assert banded.available and banded.smallest_class == 40


def test_a_quasi_identifier_without_a_population_dimension_is_said_not_guessed(
    tmp_path: Path,
) -> None:
    population = load_population(_table(tmp_path))
    policy = KPolicy(k=5, ladders={**LADDERS, "study_date": "date"})
    got = journalist_risk({("1", "2026-01-05"): 5}, ("patient_sex", "study_date"), {}, policy,
                          population)  # fmt: skip
    assert not got.available and got.risk_max is None and got.risk_avg is None
    assert (got.reason or "").startswith("quasi-identifier study_date has no population dimension")
    none = journalist_risk({("1",): 5}, ("patient_sex",), {}, POLICY, None)
    assert not none.available and "OZERO_POPULATION_TABLE=off" in (none.reason or "")
    wrong = KPolicy(k=5, ladders={"patient_age_band": "none"})
    got = journalist_risk({("40-49",): 5}, ("patient_age_band",), {}, wrong, population)
    assert (
        got.reason == "quasi-identifier patient_age_band is read as age but climbs the none ladder"
    )


def test_a_rosstat_shaped_table_is_read(tmp_path: Path) -> None:
    """OKATO codes, Russian sex words, open and dashed age groups, spaced counts, `;`."""
    text = (
        "okato;sex;age;count\n"
        "45000000000;мужчины;0;1 234\n"
        "46;женщины;15–19;20\n"
        "45;ж;80 и более;7\n"
        "45;ж;70-79;3\n"
        "71100000000;ж;70-79;9\n"  # an autonomous okrug (ХМАО), not its oblast (71000)
    )
    population = load_population(_table(tmp_path, text))
    cells = [(c.region, c.sex, c.age_from, c.age_to, c.count) for c in population.cells]
    assert cells == [
        ("77", "1", 0, 0, 1234),
        ("50", "2", 15, 19, 20),
        ("77", "2", 80, None, 7),
        ("77", "2", 70, 79, 3),
        ("86", "2", 70, 79, 9),
    ]
    assert population.source.endswith("(1273 people)")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("region,sex,age,count\n77,1,40,3\n77,x,41,2\n", "people.csv:3: sex 'x'"),
        ("region,sex,age,count\n77,1,всего,3\n", "people.csv:2: age 'всего'"),
        ("region,sex,age,count\n77,1,40,3.5\n", "people.csv:2: count '3.5'"),
        ("okato,sex,age,count\n02,1,40,3\n", "people.csv:2: okato '02'"),
        ("region,sex,count\n77,1,3\n", "people.csv:1: a population table's columns are"),
        (
            "region,sex,age,count\n77,1,40-44,3\n77,1,42,1\n50,1,42,1\n",
            "people.csv:3: age group overlaps line 2 (region 77, sex 1)",
        ),
    ],
)
def test_a_bad_table_names_its_line(tmp_path: Path, text: str, says: str) -> None:
    with pytest.raises(PopulationError) as caught:
        load_population(_table(tmp_path, text))
    assert says in str(caught.value), str(caught.value)


def test_the_simulator_world_stands_in_deterministically() -> None:
    from ozero.deid.population import SIMULATOR_AS_OF
    from ozero.simulator.world import build_world

    one, two = simulator_population(seed=7, patients=40), simulator_population(seed=7, patients=40)
    assert one == two and "seed 7, 40 people" in one.source
    # every simulated person, by his own region, sex and completed years on 1 January
    persons = build_world(seed=7, patients=40, documents=0).persons
    cells = Counter({(c.region, c.sex, c.age_from): c.count for c in one.cells})
    on = SIMULATOR_AS_OF
    expected = Counter(
        (p.address.region_code, p.sex,
         max(0, on.year - p.birth_date.year - ((on.month, on.day) < (p.birth_date.month,
                                                                      p.birth_date.day))))
        for p in persons
    )  # fmt: skip
    assert cells == expected and sum(cells.values()) == 40


def test_the_setting_picks_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _table(tmp_path)
    monkeypatch.setenv("OZERO_POPULATION_TABLE", str(path))
    table = configured_population()
    assert table is not None and table.source.startswith(str(path))
    monkeypatch.setenv("OZERO_POPULATION_TABLE", "off")
    assert configured_population() is None
    monkeypatch.delenv("OZERO_POPULATION_TABLE")
    standin = configured_population()
    assert standin is not None and standin.source.startswith("simulator world (seed 42, 150")
    monkeypatch.setenv("OZERO_POPULATION_TABLE", str(tmp_path / "missing.csv"))
    with pytest.raises(PopulationError, match="no such population table"):
        configured_population()


def test_real_registries_without_a_population_table_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The simulator's few hundred people must never stand in for Russia's population."""
    from ozero.deid.population import RealRegistriesNeedPopulationError

    monkeypatch.delenv("OZERO_POPULATION_TABLE", raising=False)
    monkeypatch.setenv("OZERO_SIMULATOR_URL", "http://127.0.0.1:8765")
    monkeypatch.setenv("OZERO_REMD_URL", "https://user:secret@remd.egisz.example/api")
    with pytest.raises(RealRegistriesNeedPopulationError) as refused:
        configured_population()
    message = str(refused.value)
    assert "OZERO_REMD_URL=https://remd.egisz.example" in message
    assert "secret" not in message and "user" not in message  # credentials stay out
    assert "OZERO_POPULATION_TABLE" in refused.value.fix
    monkeypatch.setenv("OZERO_POPULATION_TABLE", str(_table(tmp_path)))
    assert configured_population() is not None  # a real table: fine
    monkeypatch.setenv("OZERO_POPULATION_TABLE", "off")
    assert configured_population() is None  # an explicit choice: fine
    monkeypatch.setenv("OZERO_REMD_URL", "http://127.0.0.1:8765/")  # the simulator again
    monkeypatch.delenv("OZERO_POPULATION_TABLE")
    assert configured_population() is not None
