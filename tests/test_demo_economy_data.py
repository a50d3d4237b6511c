"""Pure tests of the demo economy data modules (no database).

They check the shape of the modules, a handful of exact values per table against the seeds,
the row counts of the seeds' tables, and that the only printed totals which disagree with the
sum of their printed rows are the known mistakes of the seeds.
"""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from arshjul.demo.data import economy_2021, economy_2024, economy_2025

E21 = economy_2021.ECONOMY
E24 = economy_2024.ECONOMY
E25 = economy_2025.ECONOMY
SP = economy_2024.SAVINGS_PLAN
ALL = [E21, E24, E25]

AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")
LINE_KEYS = {
    "ovriga_intakter",
    "personalkostnader",
    "ovriga_kostnader",
    "avskrivningar_inventarier",
    "avskrivningar_fastigheter",
    "finansnetto",
    "fastighetsfinansiering",
}
COST_KEYS = (
    "personalkostnader",
    "ovriga_kostnader",
    "avskrivningar_inventarier",
    "avskrivningar_fastigheter",
)
SUM_KEYS = {"summa_intakter", "summa_kostnader", "verksamhetens_nettokostnad", "resultat"}
CATEGORY_KEYS = {"immateriella", "byggnader", "medicinteknisk", "it", "ovrig", "investeringsbidrag"}
UNIT_KEYS = {"fastigheter", "forsorjning", "it", "aus", "kundtjanst", "mt", "iu", "ssc"}
UNIT_KEYS |= {"gemensamt", "stab"}
TOP_KEYS = {
    "year",
    "document",
    "versions",
    "operating_report",
    "published",
    "building_projects",
    "investment_objects",
}
VERSION_KEYS = {
    "kind",
    "year",
    "name",
    "revision",
    "lines",
    "investments",
    "investments_carried_over",
    "key_figures",
    "areas",
}
FOLLOWUP_COLUMNS = {"utfall", "budget", "utfall_fg", "budgetavvikelse", "utfallsavvikelse"}
PLAN_COLUMNS = {"budget", "prognos", "budget_fg"}
COLUMNS = {
    "resultatrapport": FOLLOWUP_COLUMNS | PLAN_COLUMNS,
    "investeringar": FOLLOWUP_COLUMNS | PLAN_COLUMNS,
    "driftredovisning": {"budgetavvikelse", "omsattning", "relation", "budgetavvikelse_fg"},
    "driftbudget": {"omsattning", "budgetram", "omsattning_prognos", "budgetram_prognos"},
}


def is_amount(value):
    return isinstance(value, str) and bool(AMOUNT.match(value))


def total(values):
    return sum((Decimal(v) for v in values if v is not None), Decimal(0))


def version(economy, name, revision=None):
    found = [
        v
        for v in economy["versions"]
        if v["name"] == name and (revision is None or v["revision"] == revision)
    ]
    assert len(found) == 1, name
    return found[0]


def published(economy):
    return {(t, r, c): v for t, r, c, v in economy["published"]}


# --- shape -------------------------------------------------------------------------------


@pytest.mark.parametrize("economy", ALL, ids=["2021", "2024", "2025"])
def test_shape_of_economy_module(economy):
    assert set(economy) == TOP_KEYS
    assert economy["document"] in {"verksamhetsberattelse", "verksamhetsplan"}
    assert len(economy["versions"]) == 3
    for v in economy["versions"]:
        assert set(v) == VERSION_KEYS
        assert v["kind"] in {"utfall", "budget", "prognos"}
        assert v["name"] == f"{v['kind'].capitalize()} {v['year']}"
        assert v["revision"] in {1, 2}
        assert set(v["lines"]) <= LINE_KEYS
        assert all(is_amount(a) for a in v["lines"].values())
        for part in ("investments", "investments_carried_over"):
            assert set(v[part]) <= CATEGORY_KEYS
            assert all(is_amount(a) for a in v[part].values())
        assert all(is_amount(a) for a in v["key_figures"].values())
        assert set(v["areas"]) <= UNIT_KEYS
        for area in v["areas"].values():
            assert set(area) == {"omsattning", "budgetram"}
            assert is_amount(area["omsattning"])
            assert area["budgetram"] is None or is_amount(area["budgetram"])
    for table, row, column, value in economy["published"]:
        assert column in COLUMNS[table]
        assert row in LINE_KEYS | SUM_KEYS | CATEGORY_KEYS | UNIT_KEYS | {"summa"}
        assert is_amount(value)
    keys = [(t, r, c) for t, r, c, _ in economy["published"]]
    assert len(keys) == len(set(keys))


def test_modules_are_pure_data():
    for module in (economy_2021, economy_2024, economy_2025):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "import" not in source
        assert "def " not in source


def test_building_project_and_investment_object_shape():
    for group in E21["building_projects"]:
        assert set(group) == {"group", "total_label", "projects", "published_total"}
        assert len(group["published_total"]) == 4
        assert all(is_amount(a) for a in group["published_total"])
        for project in group["projects"]:
            assert len(project) == 6
            assert all(a is None or is_amount(a) for a in project[1:5])
            assert project[0] and project[5]
    for economy in (E24, E25):
        for table in economy["investment_objects"]:
            assert set(table) == {"category", "heading", "groups", "published"}
            assert table["category"] in {"byggnader", "it", "ovrig"}
            for group in table["groups"]:
                assert not group["name"].endswith(":")
                for activity, name, amount in group["objects"]:
                    assert isinstance(activity, str) and isinstance(name, str)
                    assert activity or name
                    assert is_amount(amount)
            assert all(is_amount(a) for _, a in table["published"])


# --- 2021 --------------------------------------------------------------------------------


def test_2021_result_report_values():
    assert E21["year"] == 2021 and E21["document"] == "verksamhetsberattelse"
    assert [(v["kind"], v["year"]) for v in E21["versions"]] == [
        ("utfall", 2021),
        ("budget", 2021),
        ("utfall", 2020),
    ]
    utfall = version(E21, "Utfall 2021")
    assert utfall["lines"]["ovriga_intakter"] == "2059.1"
    assert utfall["lines"]["ovriga_kostnader"] == "-1051.2"
    assert version(E21, "Budget 2021")["lines"]["finansnetto"] == "-164.2"
    assert version(E21, "Utfall 2020")["lines"]["avskrivningar_fastigheter"] == "-189.1"
    assert all(len(v["lines"]) == 6 for v in E21["versions"])
    pub = published(E21)
    assert pub[("resultatrapport", "verksamhetens_nettokostnad", "budgetavvikelse")] == "34.3"
    assert pub[("resultatrapport", "resultat", "utfall")] == "-13.6"
    assert pub[("resultatrapport", "summa_kostnader", "utfallsavvikelse")] == "-149.8"
    assert pub[("resultatrapport", "finansnetto", "utfallsavvikelse")] == "100.3"
    # 4 sum rows x 5 columns + 6 detail rows x 2 deviation columns
    assert sum(1 for p in E21["published"] if p[0] == "resultatrapport") == 32


def test_2021_operating_report():
    rows = E21["operating_report"]
    assert [r[0] for r in rows] == [
        "fastigheter",
        "forsorjning",
        "it",
        "aus",
        "kundtjanst",
        "mt",
        "gemensamt",
    ]
    assert rows[3] == ("aus", "8.3", "88.7", "9.4", "9.3")
    assert rows[1] == ("forsorjning", "-1.0", "378.8", "-0.3", "-6.5")
    pub = published(E21)
    assert pub[("driftredovisning", "resultat", "omsattning")] == "2059.1"
    assert pub[("driftredovisning", "resultat", "budgetavvikelse_fg")] == "29.8"
    for unit, _, _, relation, _ in rows:
        assert pub[("driftredovisning", unit, "relation")] == relation


def test_2021_investments():
    assert version(E21, "Utfall 2021")["investments"] == {
        "byggnader": "549.1",
        "it": "50.0",
        "ovrig": "3.0",
    }
    budget = version(E21, "Budget 2021")
    assert budget["investments"]["byggnader"] == "895.3"
    assert budget["investments_carried_over"] == {"byggnader": "568.3", "it": "4.9", "ovrig": "9.3"}
    assert version(E21, "Utfall 2020")["investments_carried_over"] == {}
    assert published(E21)[("investeringar", "summa", "budget")] == "1554.8"


def test_2021_building_projects():
    groups = E21["building_projects"]
    assert [(g["group"], len(g["projects"])) for g in groups] == [
        ("Hälso- och sjukvårdsnämnd", 21),
        ("Folkhovårdsnämnd", 1),
        ("Regional tillväxtnämnd", 2),
        ("Servicenämnd", 6),
        ("Regionstyrelsen", 1),
        ("Externa hyresgäster", 3),
    ]
    hsn = groups[0]
    assert hsn["projects"][0] == (
        "Interimslösning kvinnokliniken, BB och neonatal USÖ",
        "67.7",
        "20",
        "0.3",
        "0.2",
        "Utredning",
    )
    pump = [p for p in hsn["projects"] if p[0] == "Pumpstation och dagvattenledning"]
    assert pump == [
        ("Pumpstation och dagvattenledning", "12", "12", None, None, "Inkl i reservvatten USÖ")
    ]
    assert hsn["projects"][8][1] == "1404.2"
    assert groups[3]["total_label"] == "Servicenämnden totalt"
    assert groups[3]["published_total"] == ("149.0", "119.0", "26.8", "1.3")
    assert groups[2]["published_total"] == ("75.0", "54.4", "13.3", "2.6")
    assert groups[5]["projects"][0][5] == "Byggnation"


# --- 2024 --------------------------------------------------------------------------------


def test_2024_versions():
    assert E24["year"] == 2024 and E24["document"] == "verksamhetsplan"
    assert [(v["name"], v["revision"]) for v in E24["versions"]] == [
        ("Budget 2024", 1),
        ("Prognos 2023", 1),
        ("Budget 2023", 1),
    ]
    budget = version(E24, "Budget 2024")
    assert budget["lines"]["ovriga_intakter"] == "2380"
    assert budget["lines"]["fastighetsfinansiering"] == "-7.8"
    assert version(E24, "Prognos 2023")["lines"]["finansnetto"] == "-68.5"
    assert [v["key_figures"]["lonekostnadsokningstakt"] for v in E24["versions"]] == [
        "-3.0",
        "7.8",
        "3.0",
    ]
    assert all(len(v["lines"]) == 7 for v in E24["versions"])


def test_2024_operating_budget_and_investments():
    budget = version(E24, "Budget 2024")
    prognos = version(E24, "Prognos 2023")
    assert len(budget["areas"]) == len(prognos["areas"]) == 7
    assert version(E24, "Budget 2023")["areas"] == {}
    assert budget["areas"]["fastigheter"] == {"omsattning": "1135", "budgetram": "0"}
    assert prognos["areas"]["fastigheter"] == {"omsattning": "1136.5", "budgetram": None}
    assert prognos["areas"]["gemensamt"] == {"omsattning": "130.7", "budgetram": "51.7"}
    assert budget["investments"] == {
        "byggnader": "203.8",
        "medicinteknisk": "0",
        "it": "141.5",
        "ovrig": "27.2",
    }
    pub = published(E24)
    assert pub[("resultatrapport", "resultat", "budget")] == "23.2"
    assert pub[("resultatrapport", "verksamhetens_nettokostnad", "budget_fg")] == "103.0"
    assert pub[("driftbudget", "summa", "budgetram")] == "-23.2"
    assert pub[("investeringar", "summa", "prognos")] == "467.0"
    assert len(E24["published"]) == 12 + 4 + 3


def test_2024_investment_objects():
    tables = E24["investment_objects"]
    assert [(t["category"], t["heading"]) for t in tables] == [
        ("byggnader", "Fastighetsinvesteringar 2024"),
        ("it", "IT investeringar 2024"),
        ("ovrig", "Övriga investeringar 2024"),
    ]
    counts = [sum(len(g["objects"]) for g in t["groups"]) for t in tables]
    assert counts == [16, 9, 4]
    assert [len(t["groups"]) for t in tables] == [3, 4, 2]
    assert tables[0]["published"] == [
        ("Servicenämnden totalt:", "188.8"),
        ("Summa fastighetsinvesteringar 2024", "203.8"),
    ]
    assert tables[0]["groups"][1]["objects"][1] == ("", "RS ftg Reinvesteringar, pott", "70.0")
    assert tables[2]["groups"][1]["objects"][0] == ("Kundtjänst", "", "0.3")


def test_savings_plan():
    assert SP["decided_on"] == "2023-10-19"
    assert SP["years"] == [2024, 2025, 2026] and SP["first_year"] == 2024
    assert SP["required_saving_tkr"] == "75800"
    assert [a["unit"] for a in SP["areas"]] == [
        "stab",
        "fastigheter",
        "forsorjning",
        "iu",
        "it",
        "mt",
        "ssc",
    ]
    assert [len(a["measures"]) for a in SP["areas"]] == [3, 3, 3, 1, 2, 2, 3]
    for area in SP["areas"]:
        assert set(area) == {"unit", "measures", "published_total"}
        for m in area["measures"]:
            assert m["category"] in {"intakter", "personal", "ovriga"}
            assert len(m["effects"]) == 3 and all(is_amount(e) for e in m["effects"])
            assert (m["fte"] is not None) == (m["category"] == "personal")
            assert m["consequence"] in {"forsumbar", "lindrig", "kannbar", None}
            assert m["label"] and m["description"] and m["consequence_text"]
    forsorjning = SP["areas"][2]
    assert forsorjning["measures"][1]["label"] == "Personalreducering/vakans"
    assert forsorjning["measures"][1]["effects"] == ["13649", "15249", "15249"]
    assert forsorjning["measures"][1]["fte"] == "30.5"
    assert SP["areas"][1]["measures"][1]["label"] == "Personalreduceringar"
    assert SP["areas"][1]["published_total"] == {"effects": ["29309", "32327", "45397"], "fte": "5"}
    assert SP["areas"][3]["published_total"] == {"effects": ["813", "813", "813"], "fte": "0"}
    assert SP["areas"][6]["measures"][0]["consequence"] == "forsumbar"
    assert SP["published_summary"] == [
        ("intakter", ["3914", "3914", "3914"], None),
        ("personal", ["27039", "28489", "28489"], "49"),
        ("ovriga", ["53801", "64914", "77984"], None),
        ("totalsumma", ["84754", "97317", "110387"], "49"),
    ]


# --- 2025 --------------------------------------------------------------------------------


def test_2025_versions():
    assert E25["year"] == 2025 and E25["document"] == "verksamhetsplan"
    assert [(v["name"], v["revision"]) for v in E25["versions"]] == [
        ("Budget 2025", 1),
        ("Prognos 2024", 1),
        ("Budget 2024", 2),
    ]
    assert [v["key_figures"]["lonekostnadsokningstakt"] for v in E25["versions"]] == [
        "-5.7",
        "0.3",
        "-3.0",
    ]
    budget_2024 = version(E25, "Budget 2024")
    assert budget_2024["lines"]["ovriga_intakter"] == "2629.9"
    # revision 2 because the figures differ from the 2024 plan's Budget 2024
    assert budget_2024["lines"] != version(E24, "Budget 2024")["lines"]
    assert version(E25, "Budget 2025")["lines"]["fastighetsfinansiering"] == "-120.0"
    budget = version(E25, "Budget 2025")
    assert len(budget["areas"]) == 7
    assert budget["areas"]["gemensamt"] == {"omsattning": "105.1", "budgetram": "-66.0"}
    assert version(E25, "Prognos 2024")["areas"]["ssc"] == {
        "omsattning": "195.5",
        "budgetram": "4.2",
    }
    assert version(E25, "Prognos 2024")["investments"]["immateriella"] == "0"
    assert budget_2024["investments"]["byggnader"] == "908.2"
    pub = published(E25)
    assert pub[("resultatrapport", "summa_kostnader", "budget")] == "-2257.0"
    assert pub[("driftbudget", "summa", "omsattning_prognos")] == "2535.3"
    assert pub[("investeringar", "summa", "budget_fg")] == "1102.2"
    assert len(E25["published"]) == 12 + 4 + 3


def test_2025_investment_objects():
    tables = E25["investment_objects"]
    assert [t["heading"] for t in tables] == [
        "Fastighetsinvesteringar 2025",
        "IT investeringar 2025",
        "Övriga investeringar 2025",
    ]
    assert [sum(len(g["objects"]) for g in t["groups"]) for t in tables] == [18, 10, 5]
    assert [len(t["groups"]) for t in tables] == [4, 6, 2]
    # the published mistake: the 2025 total is labelled 2024
    assert tables[0]["published"] == [("Summa fastighetsinvesteringar 2024", "361.2")]
    assert tables[0]["groups"][1]["objects"][4] == (
        "",
        "RS ftg USÖ T-huset, nybyggnad kylcentral inklusive reservkyla",
        "150.0",
    )
    assert tables[1]["groups"][4]["objects"][0][2] == "35"
    assert tables[2]["groups"][1]["objects"][2] == (
        "Shared Service Center",
        "Ärendehanteringssystem, immateriell",
        "1.9",
    )


# --- reconciliation: only the known published mistakes disagree -------------------------


def disagreements_of_economy(economy):
    """Computed vs printed for every published figure we can derive from the detail rows."""
    out = []
    pub = published(economy)
    follow_up = economy["document"] == "verksamhetsberattelse"
    columns = ["utfall", "budget", "utfall_fg"] if follow_up else ["budget", "prognos", "budget_fg"]
    sums = {}
    for column, v in zip(columns, economy["versions"], strict=True):
        lines = v["lines"]
        income = Decimal(lines["ovriga_intakter"])
        costs = total(lines[k] for k in COST_KEYS)
        net = income + costs
        result = net + total([lines.get("finansnetto"), lines.get("fastighetsfinansiering")])
        sums[column] = {
            **{k: Decimal(a) for k, a in lines.items()},
            "summa_intakter": income,
            "summa_kostnader": costs,
            "verksamhetens_nettokostnad": net,
            "resultat": result,
        }
        invest = total([*v["investments"].values(), *v["investments_carried_over"].values()])
        sums[column]["investeringar"] = invest
        if v["areas"]:
            suffix = "" if column == "budget" else "_prognos"
            for part in ("omsattning", "budgetram"):
                computed = total(a[part] for a in v["areas"].values())
                if computed != Decimal(pub[("driftbudget", "summa", part + suffix)]):
                    out.append(("driftbudget", part + suffix))
    for (table, row, column), value in pub.items():
        if table == "resultatrapport":
            if column in {"budgetavvikelse", "utfallsavvikelse"}:
                other = "budget" if column == "budgetavvikelse" else "utfall_fg"
                computed = sums["utfall"][row] - sums[other][row]
            else:
                computed = sums[column][row]
            if computed != Decimal(value):
                out.append((table, row, column))
        elif table == "investeringar" and sums[column]["investeringar"] != Decimal(value):
            out.append((table, row, column))
    rows = economy["operating_report"]
    if rows:
        for i, column in [(1, "budgetavvikelse"), (2, "omsattning"), (4, "budgetavvikelse_fg")]:
            if total(r[i] for r in rows) != Decimal(pub[("driftredovisning", "resultat", column)]):
                out.append(("driftredovisning", "resultat", column))
        for unit, deviation, turnover, relation, _ in rows:
            computed = (Decimal(deviation) / Decimal(turnover) * 100).quantize(Decimal("0.1"))
            if computed != Decimal(relation):
                out.append(("driftredovisning", unit, "relation"))
    for group in economy["building_projects"]:
        computed = tuple(total(p[i] for p in group["projects"]) for i in range(1, 5))
        if computed != tuple(Decimal(a) for a in group["published_total"]):
            out.append(("building_projects", group["group"]))
    for table in economy["investment_objects"]:
        amounts = [o[2] for g in table["groups"] for o in g["objects"]]
        label, value = table["published"][-1]
        if total(amounts) != Decimal(value):
            out.append(("investment_objects", label))
    return out


def test_2021_only_the_known_mistake_disagrees():
    assert disagreements_of_economy(E21) == [("building_projects", "Servicenämnd")]


def test_plans_reconcile():
    assert disagreements_of_economy(E24) == []
    assert disagreements_of_economy(E25) == []
    # "Servicenämnden totalt:" covers the first two groups of the 2024 building table
    first_two = E24["investment_objects"][0]["groups"][:2]
    assert total(o[2] for g in first_two for o in g["objects"]) == Decimal("188.8")


def test_savings_plan_known_mistakes():
    for area in SP["areas"]:
        effects = [total(m["effects"][i] for m in area["measures"]) for i in range(3)]
        assert effects == [Decimal(e) for e in area["published_total"]["effects"]]
        assert total(m["fte"] for m in area["measures"]) == Decimal(area["published_total"]["fte"])
    computed = {}
    for area in SP["areas"]:
        for m in area["measures"]:
            row = computed.setdefault(m["category"], [Decimal(0)] * 4)
            for i in range(3):
                row[i] += Decimal(m["effects"][i])
            row[3] += Decimal(m["fte"] or 0)
    assert computed["intakter"][:3] == [Decimal("3914")] * 3
    assert computed["personal"] == [Decimal(x) for x in ("27579", "28489", "28489", "47.5")]
    assert computed["ovriga"][:3] == [Decimal(x) for x in ("55856", "64914", "77984")]
    # the summary prints 27 039 / 53 801 / 84 754 and 49 FTE for 2024
    printed = {row[0]: row for row in SP["published_summary"]}
    assert printed["personal"][1][0] != str(computed["personal"][0])
    assert printed["personal"][2] != str(computed["personal"][3])
    assert printed["ovriga"][1][0] != str(computed["ovriga"][0])
