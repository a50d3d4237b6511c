"""The personnel figures of seed 002 (Verksamhetsberättelse 2021, section 6, and the leavers
of the indicator on staff turnover in section 3), as data. Strings, never floats, with the
decimals the seed prints. Only entered figures are rows; every printed total, change and
percentage is in ``PUBLISHED`` so the report reconciles it with the computed one."""

from __future__ import annotations

YEAR = 2021
DOCUMENT = "verksamhetsberattelse"
PERIOD = "helar"
SOURCE = "Verksamhetsberättelse 2021, avsnitt 6"

# 6.2 Kostnadsanalys: (cost group key, mnkr 2021, mnkr 2020)
COSTS = [
    ("manadsloner", "298.2", "290.5"),
    ("timanstallda", "10.2", "9.3"),
    ("obekvam_arbetstid", "7.1", "6.5"),
    ("overtid_mertid", "8.2", "6.4"),
    ("jour_och_beredskap", "0.0", "4.5"),
    ("forandring_skuld_jour_beredskap_och_overtid", "0.1", "0"),
    ("semesterkostnad_inkl_skuldforandring", "50.6", "36.0"),
    ("sjuklon", "6.4", "8.1"),
    ("ovrigt_konto_40xx_41xx", "7.7", "5.2"),
]
# 6.1: the growth rate of 2020 needs the 2019 costs, which the seed does not give: entered.
GROWTH_RATE_ENTERED = {2020: "4.4"}

# 6.3: (yrkesgrupp, kvinnor 2021, män 2021, kvinnor 2020, män 2020)
FTE = [
    ("Biträdespersonal HS", "43.8", "10.0", "34.7", "9.0"),
    ("Städerska", "157.7", "37.0", "147.5", "28.0"),
    ("Kock/kallskänka/köksbiträde", "48.0", "9.0", "48.5", "8.0"),
    ("Vaktmästare och förrädsarbetare", "18.0", "44.0", "16.0", "42.0"),
    ("Trädgårdsarb / trädgårdstekniker", "4.0", "6.0", "3.0", "6.8"),
    ("Administratör", "110.8", "27.0", "98.8", "27.0"),
    ("Handläggare", "79.3", "87.5", "88.3", "84.0"),
    ("Chef", "37.0", "38.0", "35.0", "36.0"),
    ("Ingenjör/tekniker/hantverkare", "24.0", "143.3", "20.0", "145.3"),
]

# 6.4: hours per year: (kvinnor, män) for scheduled, short-term and long-term sick leave.
# Frisktal (3, indicator table) is counted per person by the HR system: entered.
SICK_LEAVE = {
    2021: {
        "scheduled": ("1192778", "910865"),
        "short": ("37564", "21488"),
        "long": ("51097", "20695"),
        "frisktal": ("53.85", "46.93", "62.62"),  # totalt, kvinnor, män
    },
    2020: {
        "scheduled": ("1122177", "875406"),
        "short": ("37854", "22531"),
        "long": ("48920", "23307"),
        "frisktal": ("48.58", "43.63", "55.03"),
    },
}

# 3, indicator "Personalomsättningen externt": leavers per reason, 2021 (2020).
LEAVERS = {2021: {"extern": 28, "pension": 29}, 2020: {"extern": 25, "pension": 17}}

# 6.3 and 6.4 as printed, every column, in print order: (row key, nine values)
FTE_PRINTED = [
    ("bitradespersonal_hs", "43.8 10.0 53.8 34.7 9.0 43.7 9.1 1.0 10.1"),
    ("staderska", "157.7 37.0 194.7 147.5 28.0 175.5 10.2 9.0 19.2"),
    ("kock_kallskanka_koksbitrade", "48.0 9.0 57.0 48.5 8.0 56.5 -0.5 1.0 0.5"),
    ("vaktmastare_och_forradsarbetare", "18.0 44.0 62.0 16.0 42.0 58.0 2.0 2.0 4.0"),
    ("tradgardsarb_tradgardstekniker", "4.0 6.0 10.0 3.0 6.8 9.8 1.0 -0.8 0.3"),
    ("administrator", "110.8 27.0 137.8 98.8 27.0 125.8 12.0 0.0 12.0"),
    ("handlaggare", "79.3 87.5 166.8 88.3 84.0 172.3 -9.0 3.5 -5.5"),
    ("chef", "37.0 38.0 75.0 35.0 36.0 71.0 2.0 2.0 4.0"),
    ("ingenjor_tekniker_hantverkare", "24.0 143.3 167.3 20.0 145.3 165.3 4.0 -2.0 2.0"),
    ("summa", "522.6 401.8 924.4 491.8 386.1 877.9 30.8 15.7 46.6"),
]
SICK_PRINTED = [
    ("schemalagda_timmar", "1192778 910865 2103642 1122177 875406 1997583 70601 35459 106059"),
    ("sjukfranvaro_korttidsfranvaro_tim", "37564 21488 59052 37854 22531 60385 -290 -1043 -1333"),
    ("sjukfranvaro_langtidsfranvaro_tim", "51097 20695 71792 48920 23307 72227 2177 -2612 -435"),
    ("sjukfranvaro_totalt_tim", "88661 42183 130844 86774 45838 132612 1887 -3655 -1768"),
    ("sjukfranvaro_korttidsfranvaro", "3.15 2.36 2.81 3.37 2.57 3.02 -0.22 -0.21 -0.22"),
    ("sjukfranvaro_langtidsfranvaro", "4.28 2.27 3.41 4.36 2.66 3.62 -0.08 -0.39 -0.20"),
    ("sjukfranvaro_totalt", "7.43 4.63 6.22 7.73 5.24 6.64 -0.30 -0.61 -0.42"),
]
SPLIT_COLUMNS = (
    "kvinnor",
    "man",
    "totalt",
    "kvinnor_fg",
    "man_fg",
    "totalt_fg",
    "forandring_kvinnor",
    "forandring_man",
    "forandring_totalt",
)
# the columns that are rows of their own (entered); every other printed cell is derived
ENTERED_COLUMNS = {
    "arsarbetare": ("kvinnor", "man", "kvinnor_fg", "man_fg"),
    "sjukfranvaro_tim": ("kvinnor", "man", "kvinnor_fg", "man_fg"),
}


def _derived(table: str, printed: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """The printed cells that the system computes (totals, changes, percentages)."""
    found = []
    for row, values in printed:
        entered: tuple[str, ...] = ()
        if row != "summa" and table == "arsarbetare":
            entered = ENTERED_COLUMNS["arsarbetare"]
        elif row in (
            "schemalagda_timmar",
            "sjukfranvaro_korttidsfranvaro_tim",
            "sjukfranvaro_langtidsfranvaro_tim",
        ):
            entered = ENTERED_COLUMNS["sjukfranvaro_tim"]
        for column, value in zip(SPLIT_COLUMNS, values.split(), strict=True):
            if column not in entered:
                found.append((table, row, column, value))
    return found


# (table, row, column, value as printed)
PUBLISHED: list[tuple[str, str, str, str]] = [
    ("personalkostnader", "lonekostnadsokningstakt", "utfall_2021", "6.0"),
    ("personalkostnader", "lonekostnadsokningstakt", "utfall_2020", "4.4"),
    ("personalkostnader", "lonekostnad_40_41_mnkr", "utfall_2021", "388.5"),
    ("personalkostnader", "lonekostnad_40_41_mnkr", "utfall_2020", "366.5"),
    *[
        ("kostnadsanalys", row, column, value)
        for row, change, percent in [
            ("manadsloner", "7.7", "2.7"),
            ("timanstallda", "0.9", "9.7"),
            ("obekvam_arbetstid", "0.6", "9.2"),
            ("overtid_mertid", "1.8", "28.1"),
            ("jour_och_beredskap", "-4.5", "-100"),
            ("forandring_skuld_jour_beredskap_och_overtid", "0.1", "#DIVISION/0!"),
            ("semesterkostnad_inkl_skuldforandring", "14.6", "40.6"),
            ("sjuklon", "-1.7", "-21.0"),
            ("ovrigt_konto_40xx_41xx", "2.5", "48.1"),
        ]
        for column, value in (("forandring_mnkr", change), ("forandring_procent", percent))
    ],
    ("kostnadsanalys", "totalt_kontoklass_40_41", "utfall", "388.5"),
    ("kostnadsanalys", "totalt_kontoklass_40_41", "utfall_fg", "366.5"),
    ("kostnadsanalys", "totalt_kontoklass_40_41", "forandring_mnkr", "22.0"),
    ("kostnadsanalys", "totalt_kontoklass_40_41", "forandring_procent", "6.0"),
    *_derived("arsarbetare", FTE_PRINTED),
    *_derived("sjukfranvaro", SICK_PRINTED),
    ("avgangar", "summa", "antal", "57"),
    ("avgangar", "summa", "antal_fg", "42"),
]
