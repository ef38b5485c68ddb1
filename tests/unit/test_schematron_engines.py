"""The Schematron runner's fast path (libxml2 with XPath 2 spelled out: arrays, ``matches()``,
``current()`` in a context's last predicate) says exactly what elementpath alone says, on
valid, deliberately invalid and randomly mutated SEMD documents of both types."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from elementpath import ElementPathError
from lxml import etree

from ozero.formats.schematron import CompiledSchema, load_schematron, run_schematron
from ozero.simulator.semd174 import render_document
from ozero.simulator.semd186 import render_lab_document
from ozero.simulator.world import build_world


def _elementpath_only(schema: CompiledSchema) -> CompiledSchema:
    patterns = tuple(
        tuple(
            replace(
                rule,
                fast_context=None,
                checks=tuple(replace(c, fast_test=None) for c in rule.checks),
            )
            for rule in pattern
        )
        for pattern in schema.patterns
    )
    return replace(schema, patterns=patterns)


def _mutants(xml: bytes, rng: random.Random, count: int) -> list[etree._Element]:
    """Copies with random damage: an element removed, an attribute blanked or garbled."""
    out = []
    for _ in range(count):
        root = etree.fromstring(xml)
        elements = [e for e in root.iter() if isinstance(e.tag, str) and e is not root]
        for _ in range(rng.randint(1, 3)):
            victim = rng.choice(elements)
            if victim.attrib and rng.random() < 0.6:
                name = rng.choice(list(victim.attrib))
                victim.set(name, rng.choice(["", "x", "1.2.643.5.1", "20261301", "  "]))
            elif victim.getparent() is not None:
                victim.getparent().remove(victim)
                elements = [e for e in root.iter() if isinstance(e.tag, str) and e is not root]
        out.append(root)
    return out


@pytest.fixture(scope="module")
def documents():
    world = build_world(seed=11, patients=20, documents=40)
    rng = random.Random(7)
    docs = {"174": [], "186": []}
    for kind, items, render in (
        ("174", world.documents, render_document),
        ("186", world.lab_documents, render_lab_document),
    ):
        for doc in items[:5]:
            xml = render(doc, world)
            docs[kind].append(etree.fromstring(xml))
            docs[kind] += _mutants(xml, rng, 3)
        docs[kind] += [etree.fromstring(render(d, world)) for d in items if d.is_malformed]
    return docs


@pytest.mark.parametrize("kind", ["174", "186"])
def test_fast_path_agrees_with_elementpath(kind, documents):
    fast = load_schematron(kind)
    slow = _elementpath_only(fast)
    assert all(r.fast_context is not None for p in fast.patterns for r in p)
    compared, failing = 0, 0
    for root in documents[kind]:
        try:
            expected = run_schematron(slow, root)
        except ElementPathError:
            continue  # a dynamic XPath 2 error on a garbled document: nothing to compare
        assert run_schematron(fast, root) == expected
        compared += 1
        failing += bool(expected)
    assert compared >= 18 and failing >= 10, (compared, failing)


def test_matches_reads_xsd_regex_and_a_pattern_from_the_document(tmp_path):
    from ozero.formats.schematron import compile_schematron

    sch = tmp_path / "m.sch"
    sch.write_text(
        """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <pattern><rule context="ClinicalDocument">
    <assert test="matches(code/@v,'^\\d{2}\\p{Lu}$')">M-1. XSD classes</assert>
    <assert test="matches(id/@root,setId/@root)">M-2. pattern from the document</assert>
    <assert test="matches(title,'^протокол$','i')">M-3. flags</assert>
  </rule></pattern>
</schema>""",
        encoding="utf-8",
    )
    schema = compile_schematron(sch)
    assert all(c.fast_test is not None for r in schema.patterns[0] for c in r.checks)

    def run(code: str, set_root: str, title: str) -> list[str]:
        doc = etree.fromstring(
            f'<ClinicalDocument xmlns="urn:hl7-org:v3"><code v="{code}"/><id root="1.2.3"/>'
            f'<setId root="{set_root}"/><title>{title}</title></ClinicalDocument>'.encode()
        )
        return [m.split(".")[0] for m in run_schematron(schema, doc)]

    assert run("12Ж", "1.2.3", "ПРОТОКОЛ") == []
    assert run("12ж", "1\\.2", "Протокол") == ["M-1"]
    assert run("12Ж", "9.9", "протокол осмотра") == ["M-2", "M-3"]
    assert run("12Ж", "1.2.(", "протокол") == ["M-2"]  # not a regex: fails, never crashes
