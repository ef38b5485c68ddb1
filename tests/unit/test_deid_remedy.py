"""What brings a blocked candidate under its thresholds, searched on hand-counted class tables
(no Spark: the search only ever reads the class table)."""

from __future__ import annotations

from ozero.deid.kanon import AGE_20Y, ClassTable, KPolicy
from ozero.deid.population import Cell, PopulationTable
from ozero.deid.remedy import Limits, outcome, remedy

LADDERS = {"patient_sex": "none", "patient_age_band": "age_band"}
COLUMNS = ("patient_sex", "patient_age_band")
LABELS = {"patient_age_band": ("20-year bands", "any")}


def _table(groups: list[tuple[str, str, int]]) -> ClassTable:
    """(sex, decade band, rows) → a class table with each band at its three levels."""
    classes = tuple(
        (n, ((sex,), (band, AGE_20Y.get(band, band), "any"))) for sex, band, n in groups
    )
    return ClassTable(COLUMNS, LABELS, classes)


def _people(cells: list[tuple[str, int, int]]) -> PopulationTable:
    """(sex, single year of age, people) in one region."""
    return PopulationTable("test", tuple(Cell("77", s, a, a, n) for s, a, n in cells))


FOUR_BANDS = _table([("2", band, 5) for band in ("40-49", "50-59", "60-69", "70-79")])
POLICY = KPolicy(k=5, ladders=LADDERS)


def test_one_step_up_a_ladder_is_tried_first() -> None:
    """Four classes of five: average prosecutor risk 4/20. 20-year bands make two classes of
    ten (2/20 = 0.1); `any` makes one (1/20 = 0.05)."""
    assert outcome(FOUR_BANDS, POLICY, 5, None, Limits(0.1), None).average_risk == 0.2
    found = remedy(FOUR_BANDS, POLICY, {"patient_age_band": 0}, Limits(average_risk=0.1))
    assert found == (
        "generalising patient_age_band to 20-year bands brings it to 0.100 "
        "(0 rows suppressed, 20 kept)"
    )
    further = remedy(FOUR_BANDS, POLICY, {"patient_age_band": 0}, Limits(average_risk=0.06))
    assert further == (
        "generalising patient_age_band to any brings it to 0.050 (0 rows suppressed, 20 kept)"
    )


def test_when_no_ladder_step_does_a_stricter_k_is_named() -> None:
    """The release guard's example: 1 × 40-49 ×10, 1 × 50-59 ×3, 2 × 60-69 ×3, 2 × 70-79 ×3
    and a lone girl. At k=5 enforcement reached 20-year bands (13 and 6; the girl suppressed:
    2/19 = 0.105); `any` keeps all 20 in two classes (0.100): not under 0.08. k=6 stays at
    20-year bands (0.105), k=7 climbs to any (13 and 7: 0.100), k=8 to any and suppresses
    the 7 women: one class of 13 men, 0.077."""
    table = _table([("1", "40-49", 10), ("1", "50-59", 3), ("2", "60-69", 3),
                    ("2", "70-79", 3), ("2", "0-17", 1)])  # fmt: skip
    at_k = outcome(table, POLICY, 5, None, Limits(0.08), None)
    assert at_k.levels == {"patient_age_band": 1} and at_k.rows == 19
    found = remedy(table, POLICY, at_k.levels, Limits(average_risk=0.08))
    assert found == (
        "privacy.k: 8 would bring it to 0.077 (patient_age_band → 20-year bands, "
        "patient_age_band → any; 7 rows suppressed, 13 kept)"
    )
    none = remedy(table, POLICY, at_k.levels, Limits(average_risk=0.01))
    assert none.startswith("no step up the ladders and no privacy.k up to 50 brings it under")


def test_the_journalist_threshold_is_searched_against_the_population() -> None:
    """Women 40-49: 8 people, 50-59: 30. Released 5 + 5 at decade bands: the smallest
    population class is 8 (risk 0.125). At 20-year bands it is 38 (0.026)."""
    table = _table([("2", "40-49", 5), ("2", "50-59", 5)])
    people = _people([("2", 44, 8), ("2", 51, 10), ("2", 58, 20)])
    limits = Limits(journalist_risk=0.1)
    now = outcome(table, POLICY, 5, None, limits, people)
    assert now.journalist is not None and now.journalist.risk_max == 1 / 8
    found = remedy(table, POLICY, {"patient_age_band": 0}, limits, people)
    assert found == (
        "generalising patient_age_band to 20-year bands brings it to 0.026 "
        "(0 rows suppressed, 10 kept)"
    )
    # both thresholds at once: each figure is named; 20-year bands give one class (0.1)
    both = remedy(table, POLICY, {"patient_age_band": 0}, Limits(0.1, 0.1), people)
    assert both.startswith(
        "generalising patient_age_band to 20-year bands brings the average prosecutor risk to "
        "0.100 and the journalist risk to 0.026"
    )
    # a population too small for any generalisation: nothing is claimed
    tiny = _people([("2", 44, 3), ("2", 51, 3)])
    none = remedy(table, POLICY, {"patient_age_band": 0}, Limits(journalist_risk=0.05), tiny)
    assert none.startswith("no step up the ladders")


def test_combinations_come_after_single_steps_and_every_working_one_is_named() -> None:
    """Two laddered columns, a region (→ suppressed) and the age band; two regions × two
    decade bands × 5 rows: four classes, 0.2. Either single step (region suppressed, or
    20-year bands) makes two classes of ten (0.1); so does `any` age alone (two steps, one per
    region). Only region suppressed with 20-year bands makes one class (0.05)."""
    columns = ("patient_region_code", "patient_age_band")
    labels = {"patient_region_code": ("suppressed",), **LABELS}
    groups = [(r, b, 5) for r in ("77", "50") for b in ("40-49", "50-59")]
    classes = tuple((n, ((r, None), (b, AGE_20Y[b], "any"))) for r, b, n in groups)
    table = ClassTable(columns, labels, classes)
    policy = KPolicy(k=5, ladders={"patient_region_code": "region", **LADDERS})
    start = {"patient_region_code": 0, "patient_age_band": 0}
    assert outcome(table, policy, 5, None, Limits(0.1), None).average_risk == 0.2
    assert remedy(table, policy, start, Limits(average_risk=0.1)) == (
        "generalising patient_age_band to 20-year bands brings it to 0.100 "
        "(0 rows suppressed, 20 kept); or generalising patient_region_code to suppressed "
        "brings it to 0.100 (0 rows suppressed, 20 kept)"
    )
    assert remedy(table, policy, start, Limits(average_risk=0.05)) == (
        "generalising patient_region_code to suppressed and patient_age_band to 20-year bands "
        "brings it to 0.050 (0 rows suppressed, 20 kept)"
    )
    # from where enforcement already stands (region suppressed), one step is enough
    assert remedy(table, policy, {"patient_region_code": 1, "patient_age_band": 0},
                  Limits(average_risk=0.05)) == (
        "generalising patient_age_band to 20-year bands brings it to 0.050 "
        "(0 rows suppressed, 20 kept)"
    )  # fmt: skip
