"""The documents' charts: each shows exactly the figures of its table (or the indicator's
assessments), its text alternative states them, and its SVG stands alone (Typst embeds it in
the PDF and rasterises it for the DOCX)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal as D
from typing import Any

import pytest
import typst

from arshjul.followup import selectors as followup_selectors
from arshjul.internal_control import services as ic_services
from arshjul.internal_control.models import Risk
from arshjul.organisations.access import SYSTEM
from arshjul.planning.models import Item
from arshjul.reports.model import Chart, Document, blocks_of
from arshjul.reports.renderers.json import to_data
from arshjul.reports.renderers.svg import render_chart_svg
from arshjul.reports.services import build_document
from tests.conftest import demo_user
from tests.reports.helpers import cell_of, find_chart, find_section, find_table, iter_blocks

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"
NBSP = "\u00a0"


def build(type_key: str, year: int, period: str | None = None) -> Document:
    return build_document(
        user=demo_user("lasare"),
        type_key=type_key,
        board_slug="servicenamnden",
        year=year,
        period_key=period,
    )


def annual_2021() -> Document:
    return build("verksamhetsberattelse", 2021, "helar")


def charts_of(document: Document) -> Iterator[Chart]:
    return (b for _, b in blocks_of(document.sections) if isinstance(b, Chart))


def chart_of(document: Document, key: str) -> Chart:
    return next(c for c in charts_of(document) if c.key == key)


def svg_root(chart: Chart) -> ET.Element:
    root = ET.fromstring(render_chart_svg(chart))
    assert root.tag == f"{SVG}svg"
    return root


def texts_of(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def values(chart: dict[str, Any]) -> list[list[D | None]]:
    return [[D(v) if v is not None else None for v in s["values"]] for s in chart["series"]]


# 1. Budget deviation per area -----------------------------------------------------------


def test_budget_deviation_chart_shows_the_operating_reports_deviations() -> None:
    data = to_data(annual_2021())
    table = find_table(data, "driftredovisning")
    areas = [r for r in table["rows"] if not r["total"]]
    chart = find_chart(data, "budgetavvikelse_per_omrade")
    assert chart["chart_type"] == "bar" and chart["unit"] == "mnkr"
    assert chart["categories"] == [r["label"] for r in areas]
    assert values(chart) == [[D(r["cells"]["budgetavvikelse"]["value"]) for r in areas]]
    for row in areas:
        assert (
            f"{row['label']} {row['cells']['budgetavvikelse']['text']} mnkr"
            in (chart["description"])
        )
    assert "Område försörjning \u22121,0 mnkr" in chart["description"]
    # beside its table in "Årets resultat" (002 §5.2)
    section = find_section(data, "arets_resultat")
    assert [b["key"] for b in section["blocks"]] == [
        "driftredovisning",
        "budgetavvikelse_per_omrade",
    ]


def test_budget_deviation_chart_still_renders_its_bars_with_their_values() -> None:
    root = svg_root(chart_of(annual_2021(), "budgetavvikelse_per_omrade"))
    shown = texts_of(root)
    assert "Förvaltningsgemensamt" in shown and "16,6" in shown and "\u22121,0" in shown
    assert len([r for r in root.iter(f"{SVG}rect")]) == 7


# 2. Indicator outcome against target over the years -------------------------------------


def test_indicators_with_values_in_two_years_get_a_chart_after_their_status_list() -> None:
    data = to_data(annual_2021())
    section = find_section(data, "p_resurs")
    assert [(b["type"], b["key"]) for b in section["blocks"]] == [
        ("status_list", "p_resurs"),
        # 2021 outcome and a baseline of 2019/2020 each; hme_ledning (2021 only) has none
        ("chart", "utfall_hme"),
        ("chart", "utfall_avi"),
        ("chart", "utfall_jamix"),
        ("chart", "utfall_frisktal"),
        ("chart", "utfall_sjukfranvaro"),
    ]
    assert len(list(iter_blocks(find_section(data, "mal_strategier_uppdrag"), "chart"))) == 5


def test_indicator_chart_has_outcome_and_target_as_assessed() -> None:
    data = to_data(annual_2021())
    chart = find_chart(data, "utfall_frisktal")
    assert chart["chart_type"] == "line" and chart["unit"] == "%"
    assert chart["categories"] == ["Utfall 2020", "Helår 2021"]
    assert [s["label"] for s in chart["series"]] == ["Utfall", "Målvärde"]
    assert values(chart) == [[D("48.58"), D("53.85")], [None, D("55")]]
    assert chart["description"] == (
        f"Utfall 2020: utfall 48,58{NBSP}%; Helår 2021: utfall 53,85{NBSP}%, målvärde 55,00{NBSP}%."
    )
    [entry] = [
        e
        for block in iter_blocks(data, "status_list")
        for parent in block["entries"]
        for e in parent["children"]
        if e["key"] == "frisktal"
    ]
    assert entry["outcome"].startswith(f"53,85{NBSP}%")  # the figure the status list shows


def test_document_chart_is_the_item_pages_chart(plan_2021: Any) -> None:
    """The documents reuse the item page's chart: same categories, series and text."""
    item = Item.objects.get(plan_year=plan_2021, key="avi")
    page = followup_selectors.item_chart(
        item=item, history=followup_selectors.item_history(user=SYSTEM, item=item)
    )
    assert page is not None
    document = chart_of(annual_2021(), "utfall_avi")
    assert (document.categories, document.series, document.description) == (
        page.categories,
        page.series,
        page.description,
    )


def test_an_interim_report_shows_no_outcome_of_a_later_period() -> None:
    """In delår 2 the helår outcomes of 2021 lie ahead: only the baselines remain, one year
    each, so no indicator has two years to show."""
    document = build("delarsrapport", 2021, "delar2")
    assert [c.key for c in charts_of(document) if c.key.startswith("utfall_")] == []


def test_a_plan_has_no_indicator_charts() -> None:
    document = build("verksamhetsplan", 2024)
    assert [c.key for c in charts_of(document) if c.key.startswith("utfall_")] == []


def test_an_indicator_chart_follows_the_item_it_continues() -> None:
    """2024's HME continues 2021's: its chart shows 2020 (baseline) and 2021 (outcome)."""
    chart = chart_of(build("verksamhetsberattelse", 2024, "helar"), "utfall_hme_2024")
    assert chart.categories == ["Utfall 2020", "Helår 2021"]
    assert chart.series[0].values == [D("77"), D("79")]


# 3. Sick leave by gender ----------------------------------------------------------------


def test_sick_leave_chart_shows_the_sick_leave_tables_totals() -> None:
    data = to_data(annual_2021())
    table = find_table(data, "sjukfranvaro")
    chart = find_chart(data, "sjukfranvaro_per_kon")
    assert chart["chart_type"] == "bar" and chart["unit"] == "%"
    assert chart["categories"] == ["Kvinnor", "Män", "Totalt"]
    assert [s["label"] for s in chart["series"]] == ["2021", "2020"]
    expected = [
        [D(cell_of(table, "sjukfranvaro_totalt", f"{g}{suffix}")["value"]) for g in GENDERS]
        for suffix in ("", "_fg")
    ]
    assert values(chart) == expected
    assert [[round(v, 2) for v in s] for s in expected] == [  # type: ignore[arg-type]
        [D("7.43"), D("4.63"), D("6.22")],
        [D("7.73"), D("5.24"), D("6.64")],
    ]
    assert chart["description"] == (
        f"2021: kvinnor 7,43{NBSP}%, män 4,63{NBSP}%, totalt 6,22{NBSP}%. "
        f"2020: kvinnor 7,73{NBSP}%, män 5,24{NBSP}%, totalt 6,64{NBSP}%."
    )
    section = find_section(data, "sjukfranvaro")
    assert [b["key"] for b in section["blocks"]][:2] == ["sjukfranvaro", "sjukfranvaro_per_kon"]


GENDERS = ("kvinnor", "man", "totalt")


def test_sick_leave_bars_name_their_year_and_figure() -> None:
    root = svg_root(chart_of(annual_2021(), "sjukfranvaro_per_kon"))
    shown = texts_of(root)
    for text in ("2021: 7,43", "2020: 7,73", "2021: 4,63", "2020: 6,64", "Kvinnor", "Män"):
        assert text in shown
    # the second year differs by pattern as well as colour
    assert any((r.get("fill") or "").startswith("url(#") for r in root.iter(f"{SVG}rect"))


# 4. The risk matrix ---------------------------------------------------------------------


def test_risk_matrix_of_the_unassessed_demo_risks_says_so() -> None:
    document = annual_2021()
    data = to_data(document)
    chart = find_chart(data, "riskmatris")
    assert chart["chart_type"] == "matrix"
    assert (chart["x_label"], chart["y_label"]) == ("Konsekvens", "Sannolikhet")
    assert chart["categories"] == ["1", "2", "3", "4"]
    assert [s["label"] for s in chart["series"]] == ["4", "3", "2", "1"]
    assert values(chart) == [[D(0)] * 4] * 4
    # one id per risk of the plan table (a risk can have several actions, i.e. rows)
    table = find_table(data, "internkontrollplan")
    risks = list(dict.fromkeys(r["cells"]["risk"]["value"] for r in table["rows"]))
    assert len(risks) == 8
    description = chart["description"]
    assert description.startswith("Internkontrollplanens 8 risker: R1 HR (”Risken att")
    assert "Ingen risk är bedömd för sannolikhet och konsekvens" in description
    assert description.endswith("Ej bedömda (8): R1, R2, R3, R4, R5, R6, R7, R8.")
    # the level of each cell in words and as a pattern: p × c, 4 at the top
    assert chart["cell_texts"][0] == [
        "◆ Medel (4)",
        "■ Hög (8)",
        "▲ Mycket hög (12)",
        "▲ Mycket hög (16)",
    ]
    assert chart["cell_levels"] == [[1, 2, 3, 3], [0, 1, 2, 3], [0, 1, 1, 2], [0, 0, 0, 1]]


def test_risk_matrix_places_assessed_risks_in_their_cells(board: Any) -> None:
    hr = Risk.objects.get(board=board, key="hr_sam_2021")
    juridik = Risk.objects.get(board=board, key="juridik_korruption")
    ic_services.risk_update(actor=SYSTEM, risk=hr, probability=4, consequence=4)
    ic_services.risk_update(actor=SYSTEM, risk=juridik, probability=2, consequence=3)
    chart = chart_of(annual_2021(), "riskmatris")
    counts = [[int(v or 0) for v in s.values] for s in chart.series]
    assert counts == [[0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]]
    assert chart.cell_texts[0][3] == "▲ Mycket hög (16)\nR1"
    assert chart.cell_texts[2][2] == "◆ Medel (6)\nR5"
    assert "Bedömda (2): sannolikhet 4, konsekvens 4 (riskvärde 16, mycket hög): R1; " in (
        chart.description
    )
    assert "sannolikhet 2, konsekvens 3 (riskvärde 6, medel): R5." in chart.description
    assert chart.description.endswith("Ej bedömda (6): R2, R3, R4, R6, R7, R8.")
    shown = texts_of(svg_root(chart))
    assert {"Sannolikhet", "Konsekvens", "R1", "R5", "▲ Mycket hög (16)"} <= set(shown)
    assert shown.count("1") >= 2  # the counts (and an axis label) are written in the cells


def test_a_plan_shows_its_matrix_below_the_plan_table() -> None:
    data = to_data(build("verksamhetsplan", 2025))
    section = find_section(data, "internkontrollplan")
    assert [b["key"] for b in section["blocks"]] == ["internkontrollplan", "riskmatris"]
    chart = find_chart(data, "riskmatris")
    assert chart["title"] == "Riskmatris, internkontrollplanens risker 2025"
    assert chart["description"].endswith("Ej bedömda (7): R1, R2, R3, R4, R5, R6, R7.")


# Every chart: text alternative and a standalone SVG --------------------------------------


def test_every_chart_is_a_standalone_svg_that_typst_can_embed() -> None:
    charts = list(charts_of(annual_2021()))
    assert {c.key for c in charts} >= {
        "budgetavvikelse_per_omrade",
        "utfall_frisktal",
        "sjukfranvaro_per_kon",
        "riskmatris",
    }
    source = b'#image(bytes(sys.inputs.svg), format: "svg")\n'
    for chart in charts:
        svg = render_chart_svg(chart)
        root = svg_root(chart)
        assert root.get("viewBox") and root.get("width") and root.get("height")
        assert root.get("role") == "img"
        assert root.find(f"{SVG}title").text == chart.title  # type: ignore[union-attr]
        assert root.find(f"{SVG}desc").text == chart.description  # type: ignore[union-attr]
        assert chart.title and chart.unit and chart.description
        assert "<script" not in svg and "http://" not in svg.replace(
            'xmlns="http://www.w3.org/2000/svg"', ""
        )
        pdf = typst.compile(source, format="pdf", sys_inputs={"svg": svg})
        assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")


def test_ids_inside_the_svgs_are_unique_per_chart() -> None:
    """Several charts stand in one HTML page: their title, desc and pattern ids differ."""
    ids: list[str] = []
    for chart in charts_of(annual_2021()):
        ids += [e.get("id") or "" for e in svg_root(chart).iter() if e.get("id")]
    assert len(ids) == len(set(ids))
