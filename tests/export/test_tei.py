"""TEI export: well-formed, every witness declared and pointed to, every witness rebuilt."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from hypothesis import given
from lxml import etree

from tests.export.strategies import variorums
from variorum.export.plain import MarkupMap
from variorum.export.tei import TEI_NS, to_tei, witness_blocks, witness_ids
from variorum.model import Unit, Variorum, WitnessInfo

DATA = Path(__file__).resolve().parent.parent / "data" / "export"
NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NCNAME = re.compile(r"^[^\W\d][\w.\-]*$")
META = {"title": "Frankenstein & <Others>", "authors": ["Mary Shelley"], "editor": "An Editor",
        "language": "en", "licence": "CC BY-NC-SA 4.0", "date": "2026"}


def load(name: str) -> Variorum:
    return Variorum.loads((DATA / name).read_text(encoding="utf-8"))


def expected_blocks(v: Variorum, siglum: str) -> list[str]:
    return [text for _, text in MarkupMap(v.text_of(siglum)).blocks() if text]


def rebuilt_blocks(tei: str, siglum: str) -> list[str]:
    # empty blocks carry no text: a block a witness lacks entirely may leave an empty <p>
    return [b for b in witness_blocks(tei, siglum) if b]


def check_structure(v: Variorum, tei: str) -> etree._Element:
    root = etree.fromstring(tei.encode("utf-8"))
    declared = {w.get(XML_ID): w.get("n") for w in root.iterfind(".//t:listWit/t:witness", NS)}
    assert sorted(declared.values()) == sorted(v.sigla), "every witness declared once"
    assert all(NCNAME.match(i) for i in declared), declared
    all_ids = [e.get(XML_ID) for e in root.iter() if e.get(XML_ID)]
    assert len(all_ids) == len(set(all_ids)), "xml:id values are unique"
    for app in root.iterfind(".//t:app", NS):
        named: list[str] = []
        for r in app:
            assert etree.QName(r).localname in ("lem", "rdg")
            wits = r.get("wit").split()
            assert all(w.startswith("#") and w[1:] in declared for w in wits), wits
            named += wits
        assert sorted(named) == sorted("#" + i for i in declared), "each witness in one reading"
        lems = app.findall("t:lem", NS)
        assert len(lems) == (1 if v.base else 0)
        if lems:
            assert lems[0] is app[0]
            assert "#" + witness_ids(v.sigla)[v.base] in lems[0].get("wit").split()
        if app.get("corresp"):
            assert app.get("corresp")[1:] in all_ids
    for link in root.iterfind(".//t:linkGrp/t:link", NS):
        assert all(t[1:] in all_ids for t in link.get("target").split())
    # <head> only opens a <div>; <p>/<list> never inside <app>
    for head in root.iterfind(".//t:body//t:head", NS):
        assert etree.QName(head.getparent()).localname == "div"
        assert head.getparent().index(head) == 0
    assert not root.findall(".//t:app//t:p", NS)
    return root


def test_fixture_is_well_formed_and_every_witness_is_rebuilt() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    tei = to_tei(v, META)
    check_structure(v, tei)
    for s in v.sigla:
        assert rebuilt_blocks(tei, s) == expected_blocks(v, s)


def test_witness_text_comes_back_verbatim_without_markdown_escapes() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    tei = to_tei(v, META)
    blocks_1818 = witness_blocks(tei, "1818")
    assert blocks_1818[0] == "Letter 1"  # heading marker gone
    assert "St. Petersburgh, Dec. 11th, 17--" in blocks_1818  # \- unescaped
    assert any("x < y $5 * 2." in b and "yesterday\nand" in b for b in blocks_1818)
    assert "- a list item" not in blocks_1818 and "a list item" in blocks_1818
    blocks_1831 = witness_blocks(tei, "1831")
    assert "A new introduction" in blocks_1831
    assert any("with <angle> & #hash." in b for b in blocks_1831)
    assert "&lt;angle&gt; &amp; #hash." in tei


def test_sigla_that_are_no_ncnames_get_ids_and_keep_their_siglum() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    root = check_structure(v, to_tei(v, META))
    wits = root.findall(".//t:listWit/t:witness", NS)
    assert [(w.get(XML_ID), w.get("n"), w.findtext("t:label", namespaces=NS)) for w in wits] == [
        ("wit-1818", "1818", "1818"), ("wit-1831", "1831", "1831"), ("wit-Thomas", "Thomas", "Thomas")]
    assert wits[0].findtext("t:date", namespaces=NS) == "1818"
    assert "First edition, <London> & co." in "".join(wits[0].itertext())
    assert witness_ids(["A B", "A_B", "A:B", ""]) == {"A B": "wit-A_B", "A_B": "wit-A_B-2",
                                                    "A:B": "wit-A_B-3", "": "wit-_"}


def test_header_carries_the_metadata() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    root = etree.fromstring(to_tei(v, META).encode("utf-8"))
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS) == "Frankenstein & <Others>"
    assert root.findtext(".//t:titleStmt/t:author", namespaces=NS) == "Mary Shelley"
    assert root.findtext(".//t:publicationStmt/t:authority", namespaces=NS) == "An Editor"
    assert root.findtext(".//t:licence", namespaces=NS) == "CC BY-NC-SA 4.0"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    notes = [(w.get("n"), w.findtext("t:note", namespaces=NS)) for w in root.iterfind(".//t:witness", NS)]
    assert notes == [("1818", "base text"), ("1831", None), ("Thomas", None)]


def test_apps_carry_kinds_groups_and_empty_readings() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    root = etree.fromstring(to_tei(v, META).encode("utf-8"))
    apps = {a.get(XML_ID): a for a in root.iterfind(".//t:app", NS)}
    assert {u.id for u in v.variants()} == {i.removeprefix("app-") for i in apps}
    u2 = apps["app-u2"]
    assert u2.get("type") == "substantive"
    assert [(etree.QName(r).localname, r.get("wit"), r.text) for r in u2] == [
        ("lem", "#wit-1818 #wit-Thomas", "rejoice"), ("rdg", "#wit-1831", "be glad")]
    u17 = apps["app-u17"]
    assert u17.get("type") == "omission"
    empty = u17.find("t:rdg", NS)
    assert empty.get("wit") == "#wit-1831" and empty.text is None and len(empty) == 0
    u15 = apps["app-u15"]
    assert [r.get("type") for r in u15.findall("t:rdg", NS)] == ["rewrite", "substantive"]
    assert [m.get("unit") for m in u15.find("t:lem", NS).iter(f"{{{TEI_NS}}}milestone")] == ["p"]
    u6 = apps["app-u6"]
    assert [m.get("unit") for m in u6.iter(f"{{{TEI_NS}}}milestone")] == ["p", "item", "item", "item"]


def test_transpositions_are_linked_both_ways() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    root = etree.fromstring(to_tei(v, META).encode("utf-8"))
    apps = {a.get(XML_ID): a for a in root.iterfind(".//t:app", NS)}
    assert apps["app-u10"].get("corresp") == "#app-u12"
    assert apps["app-u12"].get("corresp") == "#app-u10"
    links = root.findall(".//t:linkGrp[@type='transposition']/t:link", NS)
    assert [link.get("target") for link in links] == ["#app-u10 #app-u12"]


def test_body_follows_the_base_blocks() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    root = etree.fromstring(to_tei(v, META).encode("utf-8"))
    body = root.find(".//t:body", NS)
    divs = body.findall("t:div", NS)
    assert [d.findtext("t:head", namespaces=NS) for d in divs] == ["Letter 1", "Letter 2"]
    sub = divs[0].find("t:div", NS)
    assert sub is not None and sub.findtext("t:head", namespaces=NS) == "A sub-heading"
    assert [len(lst.findall("t:item", NS)) for lst in divs[0].iter(f"{{{TEI_NS}}}list")] == [2]


def test_no_base_means_no_lemma_and_still_lossless() -> None:
    v = dataclasses.replace(load("all_kinds_sigla_not_ncnames.json"), base=None)
    tei = to_tei(v, {})
    root = check_structure(v, tei)
    assert not root.findall(".//t:lem", NS)
    assert root.findtext(".//t:titleStmt/t:title", namespaces=NS)
    for s in v.sigla:
        assert rebuilt_blocks(tei, s) == expected_blocks(v, s)


def test_characters_xml_cannot_carry_survive() -> None:
    text = "a\x01b\rc & d\ufffe"
    v = Variorum((WitnessInfo("A"), WitnessInfo("B")), "A", (
        Unit("u1", "agreement", {"A": text, "B": text}),
        Unit("u2", "substantive", {"A": "x\x0b", "B": "y\r\n"}),
    ))
    tei = to_tei(v, {"title": "t\x02"})
    check_structure(v, tei)
    assert witness_blocks(tei, "A") == [text + "x\x0b"]
    assert witness_blocks(tei, "B") == [text + "y"]  # trailing white space is no text


def test_output_is_deterministic() -> None:
    v = load("all_kinds_sigla_not_ncnames.json")
    assert to_tei(v, META) == to_tei(Variorum.loads(v.dumps()), dict(META))


def test_empty_variorum_is_still_a_tei_document() -> None:
    v = Variorum((WitnessInfo("A"),), "A", ())
    root = etree.fromstring(to_tei(v, {}).encode("utf-8"))
    assert root.find(".//t:body/t:p", NS) is not None


# ----------------------------------------------------------------------- property

@given(variorums())
def test_tei_rebuilds_every_witness_of_random_variorums(v: Variorum) -> None:
    tei = to_tei(v, {"title": "random"})
    check_structure(v, tei)
    for s in v.sigla:
        assert rebuilt_blocks(tei, s) == expected_blocks(v, s)


def test_emphasis_and_links_become_hi_and_ref_and_never_cost_text() -> None:
    v = Variorum((WitnessInfo("A"), WitnessInfo("B")), "A", (
        Unit("u1", "agreement", {s: "See *Cyber war* and [Table 1](#tab1) and *Title of " for s in "AB"}),
        Unit("u2", "substantive", {"A": "book*", "B": "volume*"}),
        Unit("u3", "agreement", {s: " more **bold** text, 3 * 4 * 5, snake_case.\n" for s in "AB"}),
    ))
    tei = to_tei(v, {})
    check_structure(v, tei)
    root = etree.fromstring(tei.encode("utf-8"))
    his = [(h.get("rend"), "".join(h.itertext())) for h in root.iter(f"{{{TEI_NS}}}hi")]
    assert ("italic", "Cyber war") in his and ("bold", "bold") in his
    refs = [(r.get("target"), r.text) for r in root.iter(f"{{{TEI_NS}}}ref")]
    assert refs == [("#tab1", "Table 1")]
    for s, word in (("A", "book"), ("B", "volume")):
        assert witness_blocks(tei, s) == [
            f"See Cyber war and Table 1 and Title of {word} more bold text, 3 * 4 * 5, snake_case."]
    # the emphasis opened before the variant and closed in both readings ends there
    assert his[1] == ("italic", "Title of bookvolume")
    fixture = to_tei(load("all_kinds_sigla_not_ncnames.json"), META)
    assert '<p><hi rend="italic">To Mrs. Saville, England.</hi></p>' in fixture
