"""The reporting period of an OMS register comes from its file name alone (the FFOMS name
rule `{kind}{Pi}{Ni}{Pp}{Np}_{YYMM}{N}`): silver OMS tables are partitioned by it, and case
and service keys hash the same name, so a key can never be in two partitions."""

from __future__ import annotations

import pytest

from ozero.formats import FormatError
from ozero.formats.oms import register_period
from ozero.lake import _in_partition


@pytest.mark.parametrize(
    ("name", "period"),
    [
        ("HM770112T77_26011", "2026-01"),  # MO → TFOMS, care other than high-tech
        ("TM770112T77_25121", "2025-12"),  # high-tech care
        ("CM770112T77_26031", "2026-03"),  # oncology
        ("DPM770112T77_26021", "2026-02"),  # two-letter kinds (check-ups, dispensary)
        ("DVM770112T77_26021", "2026-02"),
        ("DOM770112T77_26021", "2026-02"),
        ("DSM770112T77_26021", "2026-02"),
        ("DUM770112T77_26021", "2026-02"),
        ("DFM770112T77_26021", "2026-02"),
        ("DDM770112T77_26021", "2026-02"),
        ("DRM770112T77_26021", "2026-02"),
        ("LM770112T77_26011", "2026-01"),  # the personal-data (L) file of a register
        ("LTM770112T77_26011", "2026-01"),
        ("HM770112S77011_26011", "2026-01"),  # to an insurer (S), its 5-digit code
        ("HS77011M770112_26011", "2026-01"),  # from an insurer to a medical organisation
        ("HT77M770112_26011", "2026-01"),  # from the territorial fund
        ("HM770112T77_260112", "2026-01"),  # packet 12: the period is the first four digits
        ("HM770112T77_11011", "2011-01"),  # YY is 20YY
        ("HM770112T77_26011.XML", "2026-01"),  # an extension is ignored
        ("HM770112T77_26011.zip", "2026-01"),
        ("hm770112t77_26011", "2026-01"),  # case does not matter
        (" HM770112T77_26011\n", "2026-01"),  # nor whitespace around the element's text
    ],
)
def test_period_from_every_name_shape(name, period):
    assert register_period(name) == period


@pytest.mark.parametrize(
    ("name", "why"),
    [
        (None, "missing or empty"),
        ("", "missing or empty"),
        ("   ", "missing or empty"),
        ("R-good", "expected the FFOMS register name"),  # a listing id, not a file name
        ("HM1", "expected the FFOMS register name"),
        ("HM770112T77_2601", "expected the FFOMS register name"),  # no packet number
        ("HM770112T77_261", "expected the FFOMS register name"),
        ("HM770112T77-26011", "expected the FFOMS register name"),  # no underscore
        ("HM770112_26011", "expected the FFOMS register name"),  # no recipient
        ("HX770112T77_26011", "expected the FFOMS register name"),  # sender type not M/S/T
        ("HM770112T77_26011_2", "expected the FFOMS register name"),
        ("HM770112T77_26011.XML.bak", "expected the FFOMS register name"),
        ("HM770112T77_26001", "month (MM of YYMM) must be 01-12"),
        ("HM770112T77_26131", "month (MM of YYMM) must be 01-12"),
    ],
)
def test_names_without_a_period_are_refused_with_the_rule(name, why):
    with pytest.raises(FormatError) as err:
        register_period(name)
    assert err.value.reason.startswith("ZGLV/FILENAME: ") and why in err.value.reason


def test_the_period_depends_on_the_name_only():
    """Same name, same period: the header (SCHET/YEAR, MONTH) or the listing id of a
    re-sent register never enter (the function takes nothing else)."""
    assert {register_period("HM770112T77_26011") for _ in range(3)} == {"2026-01"}


def test_merge_names_one_or_several_partitions():
    assert _in_partition("period", "2026-01") == "t.`period` = '2026-01'"
    assert _in_partition("period", ["2026-01"]) == "t.`period` = '2026-01'"
    assert _in_partition("period", ["2026-01", "2026-02"]) == (
        "t.`period` IN ('2026-01', '2026-02')"
    )
    with pytest.raises(ValueError, match="SQL literal"):
        _in_partition("period", ["2026-01", "x' OR '1'='1"])
