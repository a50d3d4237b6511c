"""Medborgarversion: the plain-language sections tell the same figures as the documents (the
goals section's summary table, the resultatrapport, the investments and FTE tables), in
Swedish sentences whose words follow the figures' signs, and run a fixed number of queries."""

from __future__ import annotations

import re
from decimal import Decimal as D
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arshjul.finance import services as finance_services
from arshjul.finance.models import FinanceVersion
from arshjul.followup import services as followup_services
from arshjul.followup.models import Period
from arshjul.organisations.access import SYSTEM
from arshjul.organisations.models import Unit
from arshjul.planning import services as plan_services
from arshjul.planning.models import Assignment, Item, ItemType, PlanYear
from arshjul.reports.citizen.economy import (
    Figures,
    deviation_sentences,
    net_cost_sentences,
    surplus,
)
from arshjul.reports.registry import BuildContext, section_builder
from arshjul.reports.renderers.json import to_data
from arshjul.reports.richtext import parse
from arshjul.reports.services import build_document
from tests.reports.helpers import find_section, find_table

KEYS = ["medborgare_resultat", "medborgare_ekonomi", "medborgare_framat"]
NBSP = "\u00a0"


def citizen(year: int, period_key: str | None) -> dict[str, Any]:
    """The three sections built directly, as the JSON the documents are tested through."""
    plan_year = PlanYear.objects.get(board__slug="servicenamnden", year=year)
    period = Period.objects.get(plan_year=plan_year, key=period_key) if period_key else None
    context = BuildContext(user=SYSTEM, plan_year=plan_year, period=period)
    sections = [s for key in KEYS if (s := section_builder(key)(context)) is not None]
    return {"sections": to_data(sections)}


def document(type_key: str, year: int, period_key: str | None) -> dict[str, Any]:
    built = build_document(
        user=SYSTEM, type_key=type_key, board_slug=None, year=year, period_key=period_key
    )
    return to_data(built)


def rows(table: dict[str, Any], column: str) -> dict[str, Any]:
    return {r["key"]: r["cells"][column]["value"] for r in table["rows"] if column in r["cells"]}


def texts(section: dict[str, Any]) -> list[str]:
    """Every paragraph and list item of a section as plain text, in order."""
    found = []
    for block in section["blocks"]:
        if block["type"] != "paragraph":
            continue
        for rich in parse(block["html"]):
            parts = rich.items if rich.kind in ("ul", "ol") else [rich.runs]
            found += ["".join(run.text for run in runs) for runs in parts]
    return found


def following(lines: list[str], heading: str) -> list[str]:
    """The (at most eight) lines after a heading line."""
    start = lines.index(heading) + 1
    return lines[start : start + 8]


@pytest.fixture
def helar_2021(db: Any) -> dict[str, Any]:
    return citizen(2021, "helar")


# --- Det här har nämnden gjort ----------------------------------------------------------------


def test_result_counts_are_the_goals_sections_summary(helar_2021: dict[str, Any]) -> None:
    summary = find_table(document("verksamhetsberattelse", 2021, "helar"), "maluppfyllelse")
    ours = find_table(helar_2021, "medborgare_resultat")
    assert [r["key"] for r in ours["rows"]] == [r["key"] for r in summary["rows"]]
    for level in ("uppnatt", "mindre_avvikelse", "storre_avvikelse"):
        assert rows(ours, level) == rows(summary, level)
    assert rows(ours, "totalt") == {"effektmal": 2, "namndmal": 7, "namnduppdrag": 11}
    assert [c["label"] for c in ours["columns"]] == [
        "● Uppnått",
        "◆ Mindre avvikelse",
        "■ Större avvikelse",
        "Totalt",
    ]
    lines = texts(find_section(helar_2021, "medborgare_resultat"))
    assert "Effektmål från regionfullmäktige: 2 av 2 nåddes." in lines
    assert "Nämndens mål: 4 av 7 nåddes. 3 nåddes delvis." in lines
    assert (
        "Nämndens uppdrag: 4 av 11 gick som planerat. 2 gick delvis som planerat. "
        "5 gick inte som planerat."
    ) in lines


def test_goals_reached_and_not_reached_are_named_with_their_badges(
    helar_2021: dict[str, Any],
) -> None:
    lines = texts(find_section(helar_2021, "medborgare_resultat"))
    reached = following(lines, "Mål som nåddes")
    assert reached[:5] == [
        "● Uppnått: Vi arbetar aktivt för att minska vår klimat- och miljöpåverkan.",
        "● Uppnått: Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, "
        "jämställda och jämlika arbetsplatser och bidrar till en hållbar kompetensförsörjning.",
        "● Uppnått: Våra chefer ska vara ledande kulturbärare, främja gott arbetsklimat och ge "
        "förutsättningar för och uppmuntra samarbete.",
        "● Uppnått: Vi bidrar alla till att utveckla vår arbetsmiljö.",
        "● Uppnått: Region Örebro län har en långsiktig stark och hållbar ekonomi samt uppnår "
        "en verksamhetsmässig och finansiell god hushållning.",
    ]
    assert reached[5] == "Och 1 mål till nåddes."  # six goals reached, five named
    assert following(lines, "Mål som inte nåddes helt")[:3] == [
        "◆ Mindre avvikelse: Vi gör rätt saker på rätt sätt för att klara framtida utmaningar.",
        "◆ Mindre avvikelse: Vi arbetar ständigt med att förnya och förbättra våra processer.",
        "◆ Mindre avvikelse: Vi digitaliserar för att effektivisera våra arbetssätt.",
    ]
    assert "Ett nämndmål är ett mål som nämnden själv har bestämt." in lines[0]


def test_a_changed_assessment_changes_the_counts_and_the_lists(plan_2021: PlanYear) -> None:
    period = Period.objects.get(plan_year=plan_2021, key="helar")
    goal = Item.objects.get(plan_year=plan_2021, title__startswith="Vi digitaliserar för att eff")
    followup_services.assessment_save(
        actor=SYSTEM, item=goal, period=period, fulfilment="storre_avvikelse"
    )
    data = citizen(2021, "helar")
    summary = find_table(document("verksamhetsberattelse", 2021, "helar"), "maluppfyllelse")
    ours = find_table(data, "medborgare_resultat")
    assert rows(ours, "storre_avvikelse") == rows(summary, "storre_avvikelse")
    assert rows(ours, "storre_avvikelse")["namndmal"] == 1
    lines = texts(find_section(data, "medborgare_resultat"))
    assert "Nämndens mål: 4 av 7 nåddes. 2 nåddes delvis. 1 nåddes inte." in lines
    assert "■ Större avvikelse: Vi digitaliserar för att effektivisera våra arbetssätt." in lines


def test_titles_are_escaped(plan_2021: PlanYear) -> None:
    Item.objects.filter(plan_year=plan_2021, title__startswith="Vi bidrar alla").update(
        title="Vi bidrar <script>alert(1)</script> & mer"
    )
    section = find_section(citizen(2021, "helar"), "medborgare_resultat")
    html = "".join(b["html"] for b in section["blocks"] if b["type"] == "paragraph")
    assert "<script>" not in html
    assert "Vi bidrar &lt;script&gt;alert(1)&lt;/script&gt; &amp; mer" in html


def test_a_plan_year_tells_its_plan_instead_of_results(db: Any) -> None:
    lines = texts(find_section(citizen(2025, "helar"), "medborgare_resultat"))
    assert "Nämnden har ännu inte följt upp sina mål och uppdrag för 2025." in lines[1]
    assert lines[2:5] == [
        "Målsättningar: 5",
        "Uppdrag från regionfullmäktige: 16",
        "Nämndens uppdrag: 3",
    ]
    assert "Mål för 2025" in lines
    assert "Kompetensförsörjningen är långsiktig." in lines


# --- Ekonomin i korthet -----------------------------------------------------------------------


def test_the_result_is_the_resultatrapports_resultat_row(helar_2021: dict[str, Any]) -> None:
    report = document("verksamhetsberattelse", 2021, "helar")
    result_rows = {r["key"]: r["cells"] for r in find_table(report, "resultatrapport")["rows"]}
    ours = find_table(helar_2021, "medborgare_ekonomi")
    values = rows(ours, "belopp")
    assert values["resultat"] == result_rows["resultat"]["utfall"]["value"] == "-13.6"
    assert values["budgetavvikelse"] == result_rows["resultat"]["budgetavvikelse"]["value"]
    assert values["budgetavvikelse"] == "33.5"
    net = result_rows["verksamhetens_nettokostnad"]["utfall"]["value"]
    assert values["verksamhetens_nettokostnad"] == net == "151.4"
    investments = rows(find_table(report, "investeringar"), "utfall")["summa"]
    assert values["investeringar"] == investments == "602.1"
    assert values["arsarbetare"] == rows(find_table(report, "arsarbetare"), "totalt")["summa"]
    assert ours["columns"][0]["label"] == "Utfall 2021"
    lines = texts(find_section(helar_2021, "medborgare_ekonomi"))
    assert lines[0] == (
        f"Nämndens resultat för 2021 blev ett underskott på 13,6{NBSP}miljoner kronor. "
        "Ett underskott betyder att kostnaderna är större än intäkterna."
    )
    assert lines[1] == (
        f"Nämnden hade budgeterat ett underskott på 47,1{NBSP}miljoner kronor. "
        f"Resultatet blev 33,5{NBSP}miljoner kronor bättre än budgeten."
    )
    assert f"Nämnden investerade för 602,1{NBSP}miljoner kronor under 2021." in lines[3]
    assert "hade verksamheten 924,4 årsarbetare" in lines[4]


def test_more_income_turns_the_deficit_into_a_surplus(plan_2021: PlanYear) -> None:
    outcome = FinanceVersion.objects.get(board=plan_2021.board, year=2021, kind="utfall")
    finance_services.financial_entries_add(
        actor=SYSTEM,
        version=outcome,
        entries=[finance_services.EntryInput(amount=D(50_000_000), line="ovriga_intakter")],
    )
    data = citizen(2021, "helar")
    report = document("verksamhetsberattelse", 2021, "helar")
    result_row = {r["key"]: r["cells"] for r in find_table(report, "resultatrapport")["rows"]}
    assert rows(find_table(data, "medborgare_ekonomi"), "belopp")["resultat"] == "36.4"
    assert result_row["resultat"]["utfall"]["value"] == "36.4"
    lines = texts(find_section(data, "medborgare_ekonomi"))
    assert lines[0].startswith(
        f"Nämndens resultat för 2021 blev ett överskott på 36,4{NBSP}miljoner kronor."
    )
    assert f"Resultatet blev 83,5{NBSP}miljoner kronor bättre än budgeten." in lines[1]


def test_a_plan_year_tells_the_budget_the_plan_decided(db: Any) -> None:
    plan = find_table(document("verksamhetsplan", 2024, None), "resultatrapport")
    data = citizen(2024, "helar")
    ours = find_table(data, "medborgare_ekonomi")
    assert ours["columns"][0]["label"] == "Budget 2024"
    values = rows(ours, "belopp")
    assert values["resultat"] == rows(plan, "budget")["resultat"] == "23.2"
    assert "budgetavvikelse" not in values and "arsarbetare" not in values
    lines = texts(find_section(data, "medborgare_ekonomi"))
    assert lines[0].startswith("Det finns ännu inga siffror för hur det gick under 2024.")
    assert f"Nämndens budget för 2024 visar ett överskott på 23,2{NBSP}miljoner kronor." in lines[1]
    assert f"Nämnden planerar att investera för 372,5{NBSP}miljoner kronor" in lines[3]


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (D("-13.6"), f"ett underskott på 13,6{NBSP}miljoner kronor"),
        (D("23.25"), f"ett överskott på 23,3{NBSP}miljoner kronor"),
        (D("-0.04"), f"ett underskott på 0,0{NBSP}miljoner kronor"),
        (D(0), "ett nollresultat"),
    ],
)
def test_surplus_words_follow_the_sign(amount: D, words: str) -> None:
    assert surplus(amount) == words


def figures(**values: Any) -> Figures:
    base: dict[str, Any] = {"year": 2021, "outcome": True, "column": "Utfall", "labels": {}}
    return Figures(**{"lines": {}, **base, **values})


@pytest.mark.parametrize(
    ("deviation", "expected"),
    [
        (D("-2.5"), f"Resultatet blev 2,5{NBSP}miljoner kronor sämre än budgeten."),
        (D("1"), f"Resultatet blev 1,0{NBSP}miljoner kronor bättre än budgeten."),
        (D(0), "Resultatet blev precis som budgeten."),
    ],
)
def test_deviation_words_follow_the_sign(deviation: D, expected: str) -> None:
    found = deviation_sentences(figures(budget_result=D(-1), deviation=deviation))
    assert found == [
        f"Nämnden hade budgeterat ett underskott på 1,0{NBSP}miljoner kronor.",
        expected,
    ]


def test_net_cost_words_follow_the_sign() -> None:
    costly = net_cost_sentences(figures(lines={"verksamhetens_nettokostnad": D("-12.3")}))
    assert costly == [
        f"Före räntor och andra finansiella poster var kostnaderna 12,3{NBSP}miljoner kronor "
        "större än intäkterna."
    ]
    budget = net_cost_sentences(
        figures(outcome=False, lines={"verksamhetens_nettokostnad": D("4")})
    )
    assert budget[0].startswith(f"Enligt budgeten blir intäkterna 4,0{NBSP}miljoner kronor")
    assert net_cost_sentences(figures()) == []


# --- Det här gör nämnden härnäst --------------------------------------------------------------


def test_next_years_plan_lists_its_goals_and_the_boards_assignments(db: Any) -> None:
    lines = texts(find_section(citizen(2024, "helar"), "medborgare_framat"))
    plan_2025 = Item.objects.filter(plan_year__year=2025).order_by("order", "pk")
    goals = [i.title for i in plan_2025.filter(item_type__behaviour="goal")]
    own = [i.title for i in plan_2025.filter(item_type__behaviour="assignment", origin="namnd")]
    assert len(goals) == 5 and len(own) == 3
    assert lines[0] == (
        "Nämnden har en plan för 2025. Den säger vad verksamheten ska arbeta med. "
        "Planen har 5 mål och 19 uppdrag. 16 av uppdragen kommer från regionfullmäktige."
    )
    assert following(lines, "Målen för 2025")[:5] == goals
    assert following(lines, "Nämndens egna uppdrag")[:3] == own


def test_without_next_years_plan_the_unfinished_assignments_are_listed(db: Any) -> None:
    assert not PlanYear.objects.filter(year=2022).exists()
    lines = texts(find_section(citizen(2021, "helar"), "medborgare_framat"))
    assert lines[0] == (
        "Nämnden har ännu ingen plan för 2022. Här är uppdrag från 2021 som inte är klara."
    )
    left = Assignment.objects.filter(item__plan_year__year=2021).exclude(state="genomfort")
    expected = [
        f"{a.get_state_display()}: {a.item.title}"
        for a in left.select_related("item").order_by("item__order", "item__pk")
    ]
    assert len(expected) == 9
    listed = lines[lines.index("Uppdrag som inte är klara") + 1 :]
    assert listed == [*expected[:8], "Och 1 uppdrag till."]
    done = Assignment.objects.filter(item__plan_year__year=2021, state="genomfort")
    assert done.count() == 2
    assert not any(a.item.title in line for a in done for line in lines)


# --- the whole ---------------------------------------------------------------------------------


def test_sentences_are_swedish_and_figures_are_written_the_swedish_way(
    helar_2021: dict[str, Any],
) -> None:
    lines = [line for key in KEYS for line in texts(find_section(helar_2021, key))]
    words = " ".join(lines).lower().split()
    assert {"nämnden", "och", "är", "som", "för"} <= set(words)
    assert not {"the", "and", "of", "goal", "goals", "none", "null", "decimal"} & set(words)
    joined = " ".join(lines)
    assert not re.search(r"\d\.\d", joined)  # a comma is the decimal sign
    assert "−" not in joined and not re.search(r"-\d", joined)  # signs are words in sentences
    assert "{" not in joined and "mnkr" not in joined


def test_the_document_type_has_the_three_sections(db: Any) -> None:
    data = document("medborgarversion", 2021, "helar")
    for key in KEYS:
        find_section(data, key)
    assert find_table(data, "medborgare_ekonomi")["rows"][0]["cells"]["belopp"]["text"] == ("−13,6")


def test_building_the_three_sections_runs_a_fixed_number_of_queries(
    plan_2021: PlanYear,
) -> None:
    """Pinned, and the same after the plan has grown by ten assessed goals. The plan year is
    read as ``build_document`` reads it (with its board and organisation)."""

    def build() -> int:
        plan_year = PlanYear.objects.select_related("board__organisation").get(pk=plan_2021.pk)
        period = Period.objects.get(plan_year=plan_year, key="helar")
        context = BuildContext(user=SYSTEM, plan_year=plan_year, period=period)
        with CaptureQueriesContext(connection) as ctx:
            for key in KEYS:
                section_builder(key)(context)
        return len(ctx.captured_queries)

    assert build() == 19
    goal_type = ItemType.objects.get(plan_year=plan_2021, key="namndmal")
    parent = Item.objects.get(plan_year=plan_2021, key="s_kvalitet")
    period = Period.objects.get(plan_year=plan_2021, key="helar")
    for i in range(10):
        goal = plan_services.item_create(
            actor=SYSTEM,
            plan_year=plan_2021,
            item_type=goal_type,
            parent=parent,
            title=f"Extra mål {i}",
            origin="namnd",
            units=[Unit.objects.get(key="it")],
            order=1000 + i,
        )
        followup_services.assessment_save(
            actor=SYSTEM, item=goal, period=period, fulfilment="uppnatt"
        )
    assert build() == 19
