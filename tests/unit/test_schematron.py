"""The Schematron runner over the official SEMD rule files: passing documents pass, a
document breaking one rule yields exactly that rule's message, and the XSLT-isms the files
use (unprefixed CDA names, ``current()``, XPath 3.1 arrays) are read as intended."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree

from ozero.formats.schematron import compile_schematron, load_schematron, run_schematron
from ozero.simulator.semd174 import render_document
from ozero.simulator.semd186 import render_lab_document
from ozero.simulator.world import build_world

V3 = "urn:hl7-org:v3"


@pytest.fixture(scope="module")
def world():
    return build_world(seed=3, patients=8, documents=12)


def _study(world):
    return etree.fromstring(
        render_document(next(d for d in world.documents if not d.is_malformed), world)
    )


def _lab(world, **changes):
    doc = next(d for d in world.lab_documents if not d.is_malformed)
    return etree.fromstring(render_lab_document(replace(doc, **changes), world))


def test_official_rule_files_compile_with_every_assert():
    for kind, at_least in (("174", 900), ("186", 1000)):
        assert load_schematron(kind).checks > at_least
    assert load_schematron("174") is load_schematron("174"), "compiled once"


def test_simulated_documents_pass_the_official_rules(world):
    assert run_schematron(load_schematron("174"), _study(world)) == []
    assert run_schematron(load_schematron("186"), _lab(world)) == []


def test_documents_of_patients_without_a_policy_pass_the_official_rules():
    """nullFlavor NI on the policy (and on the SNILS id when there is none), both types."""
    world = build_world()
    kinds = set()
    for d in world.remd_feed:
        p = world.person(d.patient_id)
        if p.insured or d.is_malformed:
            continue
        study = not hasattr(d, "tests")
        root = etree.fromstring(
            render_document(d, world) if study else render_lab_document(d, world)
        )
        assert run_schematron(load_schematron("174" if study else "186"), root) == []
        kinds.add(("174" if study else "186", p.snils is None))
    assert kinds == {("174", False), ("174", True), ("186", False), ("186", True)}


def test_a_missing_element_yields_its_rule_message(world):
    root = _study(world)
    addr = root.find(f"{{{V3}}}recordTarget/{{{V3}}}patientRole/{{{V3}}}addr")
    addr.remove(addr.find("{urn:hl7-ru:address}Type"))
    messages = run_schematron(load_schematron("174"), root)
    assert messages == [
        "У1-12. Элемент ClinicalDocument/recordTarget/patientRole/addr должен иметь 1 элемент "
        "address:Type."
    ]


def test_wrong_code_system_breaks_the_fsli_rule_and_names_no_value(world):
    doc = next(d for d in world.lab_documents if not d.is_malformed)
    p = world.person(doc.patient_id)
    messages = run_schematron(
        load_schematron("186"), _lab(world, malformation="test_code_not_fsli")
    )
    assert len(messages) == 1 and messages[0].startswith("У3-4.")
    assert "1.2.643.5.1.13.13.11.1080" in messages[0]
    assert all(p.surname not in m and p.enp not in m for m in messages)


def test_short_snils_passes_nothing_but_the_snils_shape_rule(world):
    messages = run_schematron(load_schematron("186"), _lab(world, malformation="short_snils"))
    assert [m.split(".")[0] for m in messages] == ["Extra01-1"]


SCH = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <ns prefix="x" uri="urn:x"/>
  <pattern>
    <rule context="item[count(../item[@k = current()/@k]) &gt; 1]">
      <assert test="false()">R-1. duplicate key</assert>
    </rule>
  </pattern>
  <pattern>
    <rule context="item[@k='a']"><report test="@v=['1','2']">R-2. first rule wins</report></rule>
    <rule context="item"><assert test="false()">R-3. never for an item R-2 took</assert></rule>
  </pattern>
  <pattern>
    <rule context="ClinicalDocument">
      <let name="n" value="count(item)"/>
      <assert test="$n = 3 and x:ext">R-4. lets and prefixes</assert>
    </rule>
  </pattern>
</schema>"""


def test_runner_semantics_current_first_rule_wins_and_lets(tmp_path):
    path = tmp_path / "t.sch"
    path.write_text(SCH, encoding="utf-8")
    doc = etree.fromstring(
        b'<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:x="urn:x"><item k="a" v="1"/>'
        b'<item k="a" v="3"/><item k="b"/><x:ext/></ClinicalDocument>'
    )
    messages = run_schematron(compile_schematron(path), doc)
    assert messages == [
        "R-1. duplicate key",
        "R-2. first rule wins",
        "R-3. never for an item R-2 took",
    ]
