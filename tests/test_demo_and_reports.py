"""The demo reproduces the seeds, and the report model's JSON contract holds."""

from __future__ import annotations

import json
from decimal import Decimal
from io import StringIO
from typing import Any

from django.core.management import call_command

from arshjul.followup.models import Assessment
from arshjul.planning.models import Item, PlanYear
from tests.reports.helpers import find_table


def report_json(*args: str) -> dict[str, Any]:
    out = StringIO()
    call_command("report", *args, stdout=out)
    return json.loads(out.getvalue())


def test_verksamhetsberattelse_2021_summary_is_computed_as_published(db: Any) -> None:
    document = report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    table = find_table(document, "maluppfyllelse")
    assert [c["key"] for c in table["columns"]] == [
        "uppnatt",
        "mindre_avvikelse",
        "storre_avvikelse",
    ]
    counts = {
        r["key"]: [
            r["cells"][c]["value"] for c in ("uppnatt", "mindre_avvikelse", "storre_avvikelse")
        ]
        for r in table["rows"]
    }
    assert counts == {"effektmal": [2, 0, 0], "namndmal": [4, 3, 0], "namnduppdrag": [4, 2, 5]}
    assert table["rows"][0]["cells"]["uppnatt"] == {"value": 2, "text": "2"}
    # every mistake of the seed's tables, in document order: the building-project subtotal,
    # the cost analysis's "#DIVISION/0!", two FTE changes, the scheduled hours (the women's and
    # men's hours add to one more than printed) and the procurement average printed truncated
    assert [(d["table"], d["row"], d["column"]) for d in document["discrepancies"]] == [
        *(
            ("byggprojekt_servicenamnd", "servicenamnden_totalt", column)
            for column in ("investeringskalkyl", "budget_tom", "utfall_tom", "utfall_ar")
        ),
        ("kostnadsanalys", "forandring_skuld_jour_beredskap_och_overtid", "forandring_procent"),
        ("arsarbetare", "tradgardsarb_tradgardstekniker", "forandring_totalt"),
        ("arsarbetare", "summa", "forandring_totalt"),
        ("sjukfranvaro", "schemalagda_timmar", "totalt"),
        ("sjukfranvaro", "schemalagda_timmar", "forandring_totalt"),
        ("upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "snitt_anbud"),
    ]


def test_summary_follows_the_assessments(db: Any, users: dict[str, Any]) -> None:
    from arshjul.followup import services

    assignment = Item.objects.filter(
        plan_year__year=2021,
        item_type__key="namnduppdrag",
        assessments__fulfilment="storre_avvikelse",
    ).first()
    assert assignment is not None
    period = assignment.plan_year.periods.get(key="helar")
    services.assessment_save(
        actor=users["controller"], item=assignment, period=period, fulfilment="uppnatt"
    )
    document = report_json("verksamhetsberattelse", "--year", "2021", "--period", "helar")
    row = next(
        r for r in find_table(document, "maluppfyllelse")["rows"] if r["key"] == "namnduppdrag"
    )
    assert [
        row["cells"][k]["value"] for k in ("uppnatt", "mindre_avvikelse", "storre_avvikelse")
    ] == [5, 2, 4]


def test_plan_2025_lists_every_numbered_council_assignment(db: Any) -> None:
    numbers = sorted(
        Item.objects.filter(plan_year__year=2025, item_type__key="rf_uppdrag").values_list(
            "number", flat=True
        )
    )
    assert numbers == [28, 29, 30, 31, 32, 35, 38, 44, 45, 49, 50, 52, 53, 54, 57, 58]
    out = StringIO()
    call_command("report", "verksamhetsplan", "--year", "2025", "--format", "html", stdout=out)
    html = out.getvalue()
    for number in numbers:
        assert f"Nr {number}" in html


def test_governance_models_differ_per_year_as_data(db: Any) -> None:
    def types(year: int) -> list[str]:
        plan_year = PlanYear.objects.get(year=year)
        return list(plan_year.item_types.order_by("order").values_list("key", flat=True))

    assert types(2021) == [
        "perspektiv",
        "strategi",
        "effektmal",
        "namndmal",
        "indikator",
        "namnduppdrag",
    ]
    assert "styrtal" in types(2025) and "malsattning" in types(2025)


def test_frisktal_carries_its_published_figures(db: Any) -> None:
    item = Item.objects.select_related("indicator").get(key="frisktal")
    assessment = Assessment.objects.get(item=item, period__key="helar")
    assert (assessment.outcome, assessment.outcome_women, assessment.outcome_men) == (
        Decimal("53.85"),
        Decimal("46.93"),
        Decimal("62.62"),
    )
    assert item.indicator.baseline_value == Decimal("48.58")


def test_report_command_refuses_unknown_year_in_swedish(db: Any) -> None:
    import pytest
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Det finns ingen plan för år 1999"):
        call_command("report", "verksamhetsberattelse", "--year", "1999", "--period", "helar")
    with pytest.raises(CommandError, match="Ange period"):
        call_command("report", "verksamhetsberattelse", "--year", "2021")


def test_report_command_asks_for_the_board_when_there_are_several(db: Any) -> None:
    import pytest
    from django.core.management.base import CommandError

    from tests.factories import BoardFactory

    BoardFactory(slug="regionstyrelsen", name="Regionstyrelsen")
    with pytest.raises(CommandError, match="ange --board"):
        call_command("report", "verksamhetsberattelse", "--year", "2021", "--period", "helar")
    out = StringIO()
    call_command(
        "report",
        "verksamhetsberattelse",
        "--year",
        "2021",
        "--period",
        "helar",
        "--board",
        "servicenamnden",
        stdout=out,
    )
    assert json.loads(out.getvalue())["board"] == "Servicenämnden"
