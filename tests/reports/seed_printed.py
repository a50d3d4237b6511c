# ruff: noqa: E501  (the seed's list lines are kept whole, one procurement per line)
"""What the seeds print in their tables, transcribed as text: data, not code (exempt from the
house's module size, like ``demo/data``). ``tests/reports/test_seed_tables.py`` holds the
inventory and the comparison with the documents we build.

Transcription rules (so a reader can check a line against the seed):

- Every string is the seed's, character for character, except: a label the PDF extraction
  broke over two lines is joined ("Verksamhetens netto- kostnad" -> "…nettokostnad"); footnote
  markers after a label ("*", "*)") are left out; where the seed prints a figure inside a label
  (5.5: "… Målvärde: 17 sekunder") or two figures in one cell (4.4: "28 (25)") the parts are
  given as separate strings, each as printed; where the seed prints two columns that we show
  as one (6.2: konto + kategori; the appendix's verksamhet + objektbeskrivning) they are joined
  with the separator our label uses.
- ``None``: the seed prints nothing to compare in that place (a group heading without an
  amount, a column it does not have). ``""``: the seed prints an empty cell in a row of figures.
- A row is keyed by our row key; the columns are ours, in the order the seed prints them.
"""

from __future__ import annotations

from typing import NamedTuple


class Printed(NamedTuple):
    columns: tuple[str, ...]  # our column keys
    rows: dict[str, tuple[str | None, ...]]  # our row key -> (label, *cells) as printed


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


# ── 002 Verksamhetsberättelse 2021 ──────────────────────────────────────────────────────────

# 5.2 Årets resultat: "Driftredovisning servicenämnden" (the seed's row order differs from ours)
DRIFTREDOVISNING_2021 = Printed(
    ("budgetavvikelse", "omsattning", "relation", "budgetavvikelse_fg"),
    {
        "omrade_fastigheter": ("Område fastigheter", "3,4", "939,4", "0,4", "7,5"),
        "omrade_forsorjning": ("Område försörjning", "-1,0", "378,8", "-0,3", "-6,5"),
        "omrade_it": ("Område IT", "2,2", "367,2", "0,6", "3,6"),
        "omrade_administrativ_utveckling_och_service": (
            "Område administrativ utveckling och service",
            "8,3",
            "88,7",
            "9,4",
            "9,3",
        ),
        "omrade_kundtjanst": ("Område kundtjänst", "2,4", "119,1", "2,0", "0,3"),
        "omrade_medicinsk_teknik": ("Område medicinsk teknik", "1,6", "73,0", "2,2", "0,3"),
        "forvaltningsgemensamt": ("Förvaltningsgemensamt", "16,6", "92,9", "17,9", "15,3"),
        "resultat": ("Resultat", "33,5", "2 059,1", "1,6", "29,8"),
    },
)

# 5.4 Investeringar: "Sammanställning av bruttoinvesteringar, mnkr"
INVESTERINGAR_2021 = Printed(
    ("utfall", "budget", "utfall_fg"),
    {
        "immateriella": ("Immateriella anläggningstillgångar innevarande års budget", "", "", ""),
        "immateriella_overfort": (
            "Immateriella anläggningstillgångar överfört från tidigare års budget",
            "",
            "",
            "",
        ),
        "byggnader": ("Byggnadsinvesteringar innevarande års budget", "549,1", "895,3", "427,8"),
        "byggnader_overfort": (
            "Byggnadsinvesteringar överfört från tidigare års budget",
            "ingår i ovan",
            "568,3",
            "ingår i ovan",
        ),
        "medicinteknisk": ("Medicinteknisk utrustning innevarande års budget", "", "", ""),
        "medicinteknisk_overfort": (
            "Medicinteknisk utrustning överfört från tidigare års budget",
            "",
            "",
            "",
        ),
        "it": ("It-utrustning innevarande års budget", "50,0", "71,8", "50,1"),
        "it_overfort": (
            "It-utrustning överfört från tidigare års budget",
            "ingår i ovan",
            "4,9",
            "ingår i ovan",
        ),
        "ovrig": ("Övrig utrustning innevarande års budget", "3,0", "5,2", "5,7"),
        "ovrig_overfort": (
            "Övrig utrustning överfört från tidigare års budget",
            "ingår i ovan",
            "9,3",
            "ingår i ovan",
        ),
        "investeringsbidrag": ("Investeringsbidrag (konto 2322, minus-belopp)", "", "", ""),
        "summa": ("Summa", "602,1", "1 554,8", "483,6"),
    },
)

# 5.4 "Uppföljning större bygginvesteringar", one table per nämnd
_BYGG = ("investeringskalkyl", "budget_tom", "utfall_tom", "utfall_ar", "status")
BYGGPROJEKT_2021 = {
    "byggprojekt_halso_och_sjukvardsnamnd": Printed(
        _BYGG,
        {
            "interimslosning_kvinnokliniken_bb_och_neonatal_uso": (
                "Interimslösning kvinnokliniken, BB och neonatal USÖ",
                "67,7",
                "20",
                "0,3",
                "0,2",
                "Utredning",
            ),
            "ambulansstation_berglunda_inkl_markkop": (
                "Ambulansstation Berglunda inkl. markköp",
                "91,9",
                "64,5",
                "56,6",
                "42,6",
                "Byggnation",
            ),
            "iva_platser_h_huset": (
                "IVA-platser H-huset",
                "34,4",
                "24",
                "36,1",
                "2,4",
                "Färdigställd",
            ),
            "l_huset_anpassn_slutenvard_psykiatri": (
                "L-huset, anpassn slutenvård psykiatri",
                "18,9",
                "24,4",
                "22,7",
                "0,0",
                "Färdigställd",
            ),
            "lindesbergs_vardcentral_nybyggnad_inkl_ftv_klinik": (
                "Lindesbergs vårdcentral nybyggnad (inkl FTV-klinik)",
                "140",
                "120",
                "137,2",
                "0,6",
                "Färdigställd",
            ),
            "m_huset_omstrukturering_laboratoriemedicin": (
                "M-huset omstrukturering laboratoriemedicin",
                "72",
                "72",
                "28,7",
                "0,7",
                "Färdigställd",
            ),
            "neuro_intermediar_vardavdelning_nima_h_huset": (
                "Neuro intermediär vårdavdelning (NIMA) H-huset",
                "34,4",
                "24,8",
                "39,1",
                "2,9",
                "Färdigställd",
            ),
            "ny_hiss_helikopterplattan_uso": (
                "Ny hiss helikopterplattan, USÖ",
                "25",
                "26,5",
                "27,9",
                "0,9",
                "Färdigställd",
            ),
            "ettapp_2a_ny_byggnad_hogspec_hus_slutkostnad_inkl_index": (
                "Ettapp 2A Ny byggnad Högspec.hus (slutkostnad inkl. index)",
                "1 404,2",
                "1 404,2",
                "1 245,4",
                "15,6",
                "Byggnation",
            ),
            "reservvatten_uso": (
                "Reservvatten USÖ",
                "41,2",
                "41,2",
                "41,9",
                "0,7",
                "Byggnation slutfas",
            ),
            "byggnation_reservkraft_el_lindesbergs_lasarett": (
                "Byggnation reservkraft el, Lindesbergs lasarett",
                "43,4",
                "43,4",
                "5,5",
                "2,1",
                "Byggnation startfas",
            ),
            "cyclotron_mt_2615": (
                "Cyclotron (MT 2615)",
                "95,1",
                "63,9",
                "90,6",
                "75,4",
                "Byggnation",
            ),
            "ettapp_2c_om_och_tillbyggnad_akuten": (
                "Ettapp 2C om- och tillbyggnad akuten",
                "301,8",
                "301,8",
                "291,1",
                "29",
                "Färdigställd",
            ),
            "ombyggnad_rehab_med_bassang_karlskoga": (
                "Ombyggnad Rehab med bassäng, Karlskoga",
                "65,4",
                "65,4",
                "80,7",
                "9,5",
                "Byggnation slutfas",
            ),
            "ombyggnation_forskningslab_t_huset": (
                "Ombyggnation forskningslab, T-huset",
                "26,5",
                "26,5",
                "24,7",
                "0,4",
                "Byggnation klar",
            ),
            "pumpstation_och_dagvattenledning": (
                "Pumpstation och dagvattenledning",
                "12",
                "12",
                "",
                "",
                "Inkl i reservvatten USÖ",
            ),
            "reservvatten_lindesbergs_lasarett": (
                "Reservvatten, Lindesbergs lasarett",
                "25,3",
                "25,3",
                "11,4",
                "1,9",
                "Byggnation slutfas",
            ),
            "utbyggnad_reservkraft_del_1_2017_2021": (
                "Utbyggnad reservkraft del 1 2017-2021",
                "53,8",
                "53,8",
                "22,3",
                "14,4",
                "Byggnation",
            ),
            "nytt_produktionsapotek_uso": (
                "Nytt produktionsapotek USÖ",
                "32",
                "32",
                "7,7",
                "4,7",
                "Projektering",
            ),
            "uppgradering_fastighetsnat_o_huset_uso": (
                "Uppgradering fastighetsnät O-huset USÖ",
                "11,6",
                "2,5",
                "0,2",
                "0,2",
                "Projektering",
            ),
            "skyway_g_huset_uso": ("Skyway G-huset USÖ", "14", "14", "3,2", "1,8", "Projektering"),
            "halso_och_sjukvardsnamnden_totalt": (
                "Hälso- och sjukvårdsnämnden totalt",
                "2 610,6",
                "2 462,2",
                "2 173,3",
                "206,0",
                "",
            ),
        },
    ),
    "byggprojekt_folkhovardsnamnd": Printed(
        _BYGG,
        {
            "adolfsberg_ombyggnad_av_klinik": (
                "Adolfsberg ombyggnad av klinik",
                "18,6",
                "18,6",
                "2,2",
                "0,2",
                "Projektering",
            ),
            "folkhovardsnamnden_totalt": (
                "Folkhovårdsnämnden totalt",
                "18,6",
                "18,6",
                "2,2",
                "0,2",
                "",
            ),
        },
    ),
    "byggprojekt_regional_tillvaxtnamnd": Printed(
        _BYGG,
        {
            "kavsta_folkhogskola_dansens_hus": (
                "Kävsta Folkhögskola, Dansens hus",
                "33,9",
                "33,9",
                "6,1",
                "0,3",
                "Projektering",
            ),
            "fellingsbro_folkhogskola_ny_aula": (
                "Fellingsbro Folkhögskola, ny aula",
                "41,1",
                "20,5",
                "7,2",
                "2,3",
                "Projektering",
            ),
            "regionala_tillvaxtnamnden_totalt": (
                "Regionala tillväxtnämnden totalt",
                "75,0",
                "54,4",
                "13,3",
                "2,6",
                "",
            ),
        },
    ),
    "byggprojekt_servicenamnd": Printed(
        _BYGG,
        {
            "a_huset_efter_2021": ("A-huset efter 2021", "23,1", "23,1", "0", "0", "Byggnation"),
            "hin_atgarder": ("HIN åtgärder", "30,9", "30,9", "26,8", "1,3", "Byggnation"),
            "ombyggnad_t_huset": ("Ombyggnad T-huset", "95", "65", "0", "0", "Byggnation"),
            "ny_datahall_och_kontor_it": (
                "Ny datahall och kontor IT",
                "268,3",
                "211,4",
                "192,5",
                "129,2",
                "Byggnation",
            ),
            "lokaler_for_fastighetsdrift_t_huset_uso": (
                "Lokaler för fastighetsdrift T-huset, USÖ",
                "52,8",
                "25",
                "6,4",
                "5,8",
                "Projektering",
            ),
            "nytt_system_insamling_mediaforbrukning_lanet": (
                "Nytt system insamling mediaförbrukning länet",
                "12",
                "4",
                "0,7",
                "0,1",
                "Projektering",
            ),
            # the seed's subtotal is not the sum of its rows: a discrepancy (DISCREPANT below)
            "servicenamnden_totalt": ("Servicenämnden totalt", "149,0", "119,0", "26,8", "1,3", ""),
        },
    ),
    "byggprojekt_regionstyrelsen": Printed(
        _BYGG,
        {
            "solpaneler": ("Solpaneler", "25", "21", "13", "3", "Byggnation"),
            "regionstyrelsen_totalt": ("Regionstyrelsen totalt", "25", "21", "13", "3", ""),
        },
    ),
    "byggprojekt_externa_hyresgaster": Printed(
        _BYGG,
        {
            "tillbyggnad_campus_etapp_3": (
                "Tillbyggnad Campus etapp 3",
                "349,5",
                "166,5",
                "108,8",
                "0",
                "Byggnation",
            ),
            "lekebergs_vc_lokaler_at_kommunen": (
                "Lekebergs VC, lokaler åt kommunen",
                "21,1",
                "21,1",
                "8,2",
                "7,7",
                "Byggnation",
            ),
            "orebro_lans_museum_omdisponering_lokaler": (
                "Örebro läns museum omdisponering lokaler",
                "52,8",
                "30",
                "8,6",
                "6,4",
                "Projektering",
            ),
            "externa_hyresgaster_totalt": (
                "Externa hyresgäster totalt",
                "423,4",
                "217,6",
                "125,6",
                "14,1",
                "",
            ),
        },
    ),
}

# 5.5 Produktions- och nyckeltal. The seed prints the target inside the name ("…, sekunder
# Målvärde: 17 sekunder"); it is given here as the name and the target, each as printed.
# Its last column is an arrow for good (↑) or bad (↓), see TRANSLATED.
_MT = "andel_utforda_forebyggande_underhall_pa_medicinteknisk_utrustning_med_risktal_19_och_hogre_ska_vara_minst_95_inom_rekomm"
PRODUKTIONSTAL_2021 = Printed(
    ("utfall", "utfall_fg", "forandring", "trend", "malvarde"),
    {
        "antal_personalmaltider": (
            "Antal personalmåltider",
            "138 642 st",
            "149 237 st",
            "-7,1 %",
            "↓",
            None,
        ),
        "antal_patientmaltider": (
            "Antal patientmåltider",
            "342 254 st",
            "337 586 st",
            "+1,4 %",
            "↑",
            None,
        ),
        "medelsvarstid_i_telefonvaxeln_sekunder": (
            "Medelsvarstid i telefonväxeln, sekunder",
            "25,8 sek",
            "19,5 sek",
            "+6,3 sek",
            "↓",
            "Målvärde: 17 sekunder",
        ),
        "medelsvarstid_i_servicecenter_1_a_linjens_support_sekunder": (
            "Medelsvarstid i servicecenter 1:a linjens support, sekunder",
            "13 sek",
            "13 sek",
            "0,0",
            "→",
            "Målvärde: 15 sekunder",
        ),
        _MT: (
            "Andel utförda förebyggande underhåll på medicinteknisk utrustning med risktal 19 "
            "och högre ska vara minst 95 % inom rekommenderat intervall (MT FU 2)",
            "92 %",
            "93 %",
            "-1,0",
            "↓",
            None,  # the target is part of the name; no "Målvärde:" is printed
        ),
        "avvikelsehantering_maluppfyllelse_av_avslutade_avvikelser_inom_180_dagar": (
            "Avvikelsehantering: Måluppfyllelse av avslutade avvikelser inom 180 dagar "
            "(avser januari- juni)",
            "84 %",
            "saknar jämförelsetal",
            "",
            "",
            "Målvärde: 80 %",
        ),
        "andel_ekologiska_livsmedel": (
            "Andel ekologiska livsmedel",
            "46 %",
            "45 %",
            "+1,0",
            "↑",
            "Målvärde 2021: 48 %",
        ),
        "matsvinn_tillagad_mat": (
            "Matsvinn, tillagad mat (Region Örebro län)",
            "13,7 %",
            "15,7 %",
            "-2,0",
            "↑",
            "Målvärde 2021: 15,5 %",
        ),
        "andel_upphandlingar_dar_miljokrav_stallts": (
            "Andel upphandlingar där miljökrav ställts, % (Region Örebro län)",
            "91 %",
            "94 %",
            "-3,0",
            "↓",
            None,
        ),
        "andel_upphandlingar_dar_uppforandekod_stallts": (
            "Andel upphandlingar där uppförandekod ställts, % (Region Örebro län)",
            "91%",
            "85 %",
            "+6,0",
            "↑",
            None,
        ),
        "andel_upphandlingar_dar_socialt_hansynstagande_stallts": (
            "Andel upphandlingar där socialt hänsynstagande ställts, % (Region Örebro län)",
            "0 %",
            "0 %",
            "0,0",
            "→",
            None,
        ),
        "energianvandning_el_varme_kyla_per_kvadratmeter": (
            "Energianvändning (el, värme, kyla) per kvadratmeter (Region Örebro län)",
            "-4,8 %",
            "saknar jämförelsetal",
            "",
            "",
            "Målvärde 2021: -2 %, basår: 2019",
        ),
        "antal_skype_och_videomoten": (
            "Antal skype- och videomöten (Region Örebro län)",
            "140 783 st",
            "83 579 st",
            "+68 %",
            "↑",
            None,
        ),
        "andel_multifunktionskrivare_med_follow_print": (
            "Andel multifunktionskrivare med follow print (Region Örebro län)",
            "31 %",
            "saknar jämförelsetal",
            "",
            "",
            None,
        ),
    },
)

# 6.2 Kostnadsanalys (konto and kategori joined as in our label)
KOSTNADSANALYS_2021 = Printed(
    ("utfall", "utfall_fg", "forandring_mnkr", "forandring_procent"),
    {
        "manadsloner": ("4011+ 4081 Månadslöner", "298,2", "290,5", "7,7", "2,7"),
        "timanstallda": ("4012 Timanställda", "10,2", "9,3", "0,9", "9,7"),
        "obekvam_arbetstid": ("4031 Obekväm arbetstid", "7,1", "6,5", "0,6", "9,2"),
        "overtid_mertid": ("4032 Övertid/mertid", "8,2", "6,4", "1,8", "28,1"),
        "jour_och_beredskap": ("4033 Jour och beredskap", "0,0", "4,5", "-4,5", "-100"),
        "forandring_skuld_jour_beredskap_och_overtid": (
            "4040 Förändring skuld jour, beredskap och övertid",
            "0,1",
            "0",
            "0,1",
            "#DIVISION/0!",
        ),
        "semesterkostnad_inkl_skuldforandring": (
            "4110+ 4150 Semesterkostnad inkl. skuldförändring",
            "50,6",
            "36,0",
            "14,6",
            "40,6",
        ),
        "sjuklon": ("4120 Sjuklön", "6,4", "8,1", "-1,7", "-21,0"),
        "ovrigt_konto_40xx_41xx": ("Övrigt konto 40xx-41xx", "7,7", "5,2", "2,5", "48,1"),
        "totalt_kontoklass_40_41": ("Totalt kontoklass 40-41", "388,5", "366,5", "22,0", "6,0"),
    },
)

_SPLIT = (
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

# 6.3 Antal tillsvidareanställda årsarbetare
ARSARBETARE_2021 = Printed(
    _SPLIT,
    {
        "bitradespersonal_hs": (
            "Biträdespersonal HS",
            *("43,8", "10,0", "53,8", "34,7", "9,0", "43,7", "9,1", "1,0", "10,1"),
        ),
        "staderska": (
            "Städerska",
            *("157,7", "37,0", "194,7", "147,5", "28,0", "175,5", "10,2", "9,0", "19,2"),
        ),
        "kock_kallskanka_koksbitrade": (
            "Kock/kallskänka/köksbiträde",
            *("48,0", "9,0", "57,0", "48,5", "8,0", "56,5", "-0,5", "1,0", "0,5"),
        ),
        "vaktmastare_och_forradsarbetare": (
            "Vaktmästare och förrädsarbetare",
            *("18,0", "44,0", "62,0", "16,0", "42,0", "58,0", "2,0", "2,0", "4,0"),
        ),
        "tradgardsarb_tradgardstekniker": (
            "Trädgårdsarb / trädgårdstekniker",
            *("4,0", "6,0", "10,0", "3,0", "6,8", "9,8", "1,0", "-0,8", "0,3"),
        ),
        "administrator": (
            "Administratör",
            *("110,8", "27,0", "137,8", "98,8", "27,0", "125,8", "12,0", "0,0", "12,0"),
        ),
        "handlaggare": (
            "Handläggare",
            *("79,3", "87,5", "166,8", "88,3", "84,0", "172,3", "-9,0", "3,5", "-5,5"),
        ),
        "chef": ("Chef", *("37,0", "38,0", "75,0", "35,0", "36,0", "71,0", "2,0", "2,0", "4,0")),
        "ingenjor_tekniker_hantverkare": (
            "Ingenjör/tekniker/hantverkare",
            *("24,0", "143,3", "167,3", "20,0", "145,3", "165,3", "4,0", "-2,0", "2,0"),
        ),
        "summa": (
            "Summa",
            *("522,6", "401,8", "924,4", "491,8", "386,1", "877,9", "30,8", "15,7", "46,6"),
        ),
    },
)

# 6.4 Sjukfrånvaro
SJUKFRANVARO_2021 = Printed(
    _SPLIT,
    {
        "schemalagda_timmar": (
            "Schemalagda timmar",
            *("1 192 778", "910 865", "2 103 642", "1 122 177", "875 406", "1 997 583"),
            *("70 601", "35 459", "106 059"),
        ),
        "sjukfranvaro_korttidsfranvaro_tim": (
            "Sjukfrånvaro, korttidsfrånvaro (tim)",
            *("37 564", "21 488", "59 052", "37 854", "22 531", "60 385", "-290", "-1 043"),
            "-1 333",
        ),
        "sjukfranvaro_langtidsfranvaro_tim": (
            "Sjukfrånvaro, långtidsfrånvaro (tim)",
            *("51 097", "20 695", "71 792", "48 920", "23 307", "72 227", "2 177", "-2 612"),
            "-435",
        ),
        "sjukfranvaro_totalt_tim": (
            "Sjukfrånvaro totalt (tim)",
            *("88 661", "42 183", "130 844", "86 774", "45 838", "132 612", "1 887", "-3 655"),
            "-1 768",
        ),
        "sjukfranvaro_korttidsfranvaro": (
            "Sjukfrånvaro, korttidsfrånvaro %",
            *("3,15 %", "2,36 %", "2,81 %", "3,37 %", "2,57 %", "3,02 %", "-0,22 %"),
            *("-0,21 %", "-0,22 %"),
        ),
        "sjukfranvaro_langtidsfranvaro": (
            "Sjukfrånvaro, långtidsfrånvaro %",
            *("4,28 %", "2,27 %", "3,41 %", "4,36 %", "2,66 %", "3,62 %", "-0,08 %"),
            *("-0,39 %", "-0,20 %"),
        ),
        "sjukfranvaro_totalt": (
            "Sjukfrånvaro totalt %",
            *("7,43 %", "4,63 %", "6,22 %", "7,73 %", "5,24 %", "6,64 %", "-0,30 %"),
            *("-0,61 %", "-0,42 %"),
        ),
    },
)

# 4.4 the frisktal indicator's table ("År 2021 / År 2020, Kvinnor, Män, Kvinnor + Män"); the
# seed prints no change columns
FRISKTAL_2021 = Printed(
    ("kvinnor", "man", "totalt", "kvinnor_fg", "man_fg", "totalt_fg"),
    {"frisktal": (None, "46,93%", "62,62%", "53,85%", "43,63%", "55,03%", "48,58%")},
)

# 4.4 the personnel-turnover indicator's table "Regionservice 2021: Avgångsorsak, Antal
# (jämförelse med 2020)"; each cell "28 (25)" is given as its two figures
AVGANGAR_2021 = Printed(
    ("antal", "antal_fg"),
    {
        "extern": ("Extern", "28", "25"),
        "pension": ("Pension", "29", "17"),
        "summa": ("Summa", "57", "42"),
    },
)

# Bilaga 1 Upphandlingsrapport: the counts and values are printed in prose ("Under perioden
# januari-juni 2022 ska 22st upphandlingar påbörjas", "… är ca 1 500 Mnkr*"); no row labels.
UPPHANDLINGAR_PER_LISTA_2021 = Printed(
    ("antal", "varde_mnkr"),
    {
        "upphandlingsavdelningen_kommande": (None, "22", None),
        "upphandlingsavdelningen_pagaende": (None, "39", "1 500"),
        "upphandlingsavdelningen_avslutad": (None, "57", "1 700"),
        "medicinsk_teknik_kommande": (None, "16", None),
        "medicinsk_teknik_pagaende": (None, "32", "341"),
        "medicinsk_teknik_avslutad": (None, "29", "224"),
    },
)
# "… mottog totalt 329 anbud, dvs 5,7 anbud i snitt", "Miljökrav har varit möjligt att ställa i
# 49st upphandlingar", "Inga krav på Social hänsyn har ställts"; for Medicinsk Teknik "I samtliga
# annonserade upphandlingar …", "Specifika krav på Social hänsyn har inte kunnat ställas i någon"
UPPHANDLINGAR_SAMMANSTALLNING_2021 = Printed(
    ("antal", "varde_mnkr", "anbud", "snitt_anbud", "miljokrav", "uppforandekod", "social_hansyn"),
    {
        "upphandlingsavdelningen_helar": (None, "57", "1 700", "329", "5,7", "49", "49", "Inga"),
        "medicinsk_teknik_helar": (
            None,
            *("29", "224", "48", "1,7", "samtliga", "samtliga", "någon"),
        ),
    },
)

# Bilaga 1: the lists of procurements per procuring unit, one bullet per procurement as printed
# ("**" = överprövad, see the appeals)
_UPPH_KOMMANDE = """\
Ansöknings- och informationssystem för forskning
Bemanningstjänster
Beställningssystem för bilpoolsbilar och patienttransporter
CRM-tjänster
Förmåncyklar
Geografiskt planerings- och analysverktyg
Hörseltekniska Hjälpmedel
IT-stöd labbmedicin
IT-system för rådgivning av mindre företag - timbanken
Medicinska gaser och gasblandningar
Medicinskt uppföljningssystem
Modulvagnar
Ortopedteknik skor och råmaterial
Ortopedtekniska skoändringar
Revisionstjänster
Server & datalagring med tillhörande konsulttjänster samt närliggande produkter
Service och support avseende integrationsplattform Ensemble
System och tjänster för visning på digitala informationskärmar
Systemlösningsavtal KIBI
Telefontolkning
Tryck av Leva och Tillsammans
Vätskevagnar
"""
_MT_KOMMANDE = """\
Diskdesinfektor, Laboratoriemedicinska kliniken, Område specialiserad vård
Dispenseringsmodul, Avdelningen för sjukhusfysik, Område specialiserad vård
Filter integrity test, Avdelningen för sjukhusfysik, Område specialiserad vård
Fotokoagulator Ögonkliniken, Område specialiserad vård
HD-cystoskop, Urologiska kliniken, Område specialiserad vård
Infärgningsutrustning histologi inkl montering, Laboratoriemedicinska kliniken, Område specialiserad vård
Intensivvårdsambulans med möjlighet att transportera kuvös samt bariatrisk patienter, Ambulans länsverksamhet, Område specialiserad vård
Laparoskopistapel komplett, Sjukhusverksamhet väster, Område nära vård
Mobil CT, Anestesi- och intensivvårdskliniken, Område specialiserad vård
MT-utrustning till MR-lab, Anestesi- och intensivvårdskliniken, Område specialiserad vård
Operationsmikroskop, Huvud Hals, Område specialiserad vård
Operationsmikroskop, Ortopedi Handkirurgi, Område specialiserad vård
Operationssmikroskop för neurokirurgi, Anestesi- och intensivvårdskliniken, Område specialiserad vård
Rhinolaryngoskop med fiberljus (video), Huvud Hals, Område specialiserad vård
Ultraljudsmaskin för diagnostik hjärta, Sjukhusverksamhet norr, Område nära vård
Ögonbottenkamera, Ögonkliniken, Område specialiserad vård
"""
_UPPH_PAGAENDE = """\
Bildskärmsglasögon
Bloddatasystem
Digital tandteknik
Dos öppenvård
Drivaggregat till manuella rullstolar
Däck- och däcktjänster
Eldrivna rullstolar klass B1
Entreprenad Dansens hus**
Entreprenad Fellingsbro Folkhögskola**
Försäljningssystem Länstrafiken
Hemsjukvårdssängar, sängryggstöd, uppresningsstöd och positioneringskuddar
Influensavaccin ht22-23 (endast högdosvaccin för Örebro)
IT system tandvårdstöd
Konsulter till regional utveckling
Licenspartner
Livsmedel - frukt och grönt
Livsmedel - mejeri
Läkemedel på rekvisition 2021
Multifunktionsskrivare
Ortopedtekniska proteser
Patientsängar, sängbord och IVA-sängar
Radioaktiva läkemedel
Ramavtal konsulttjänster komplettering**
Rekrytering av chefer och andra nyckelpersoner
Turbiltjänster
Rekrytering utländska läkare
Rekrytering utländska sjuksköterskor
Schemaläggningssystem
Sekretessavfall
Service- och supportavtal Heroma
Skadedjursbekämpning, fågelsäkring, blodbussar
Substrat och lösningsberedning
Systemförvaltning av webbplats lokaltrafik
Tandvårdssystem till folktandvården
Tjänstekoncession - Reklam på bussar och vitriner
Tryckeritjänster
Tvätt- och textiltjänster**
Upphandling av alternativ telefoni
Utredningar för kränkande särbehandlingar
"""
_MT_PAGAENDE = """\
Albia multiplex, Laboratoriemedicinska kliniken, område specialiserad vård
Analysutrustning för multiplexanalyser, Kliniskt forskningscentrum, Område forskning och utbildning
Avancerad datortomograf, Röntgenkliniken, Område specialiserad vård
Biobanksrobot kopplad på automationsbana, Laboratoriemedicinska kliniken, Område specialiserad vård diagnostik
Biplanar rtg, Ortopedi Handkirurgi, Område specialiserad vård
Chromatography control station, Avdelningen för sjukhusfysik, Område specialiserad vård
Datortomograf (CT), Onkologiska kliniken, Område specialiserad vård
Dental Unit, Folk tandvården**
Diskdesinfektorer, Laboratoriemedicinska kliniken, Område specialiserad vård
Endoskopiutrustning, Kärl-thoraxkliniken, Område specialiserad vård
EUS gastroskop, Ett linjärt och ett frontseende, Kirurgiska kliniken, Område specialiserad vård
Fusionsbiopsisystem för MR/PET CT riktade prostatabiopsier, inklusive transperineala biopsier, Urologiska kliniken, Område specialiserad vård
Genomlysningsutrustning, Röntgenkliniken, Område specialiserad vård
HPGE-detektor, Avdelningen för sjukhusfysik, Område specialiserad vård
IT-stöd, Laboratoriemedicinska kliniken, Område specialiserad vård
Kartstöd i hela regionen, Ambulans länsverksamhet, Område specialiserad vård
Komplet utrustning EUS processor, Kirurgiska kliniken, Område specialiserad vård
Laserdissektionsmikroskop, Kliniskt forskningscentrum, Område forskning och utbildning
Masspektrometriutrustning för proteomik, Kliniskt forskningscentrum, Område forskning och utbildning
Mobil C-båge, Ortopedi Handkirurgi, Område specialiserad vård
PET-CT, nr 2, Röntgenkliniken, Område specialiserad vård
Pipetteringsrobot, Laboratoriemedicinska kliniken, Område specialiserad vård
Röntgensystem för angiografiundersökningar, Hjärt-, lung-, fysiologiska kliniken, Område specialiserad vård
Spol- och diskdesinfektorer, Hälso- och sjukvården
Syntesmoduler, Avdelningen för sjukhusfysik, Område specialiserad vård
Transportkuvöser, Hälso och sjukvården
Trauma och spinal navigation, Ortopedi Handkirurgi, Område specialiserad vård
Ultraljudssystem, Onkologiska kliniken, Område specialiserad vård
Ultraljudsutrustning, Hälso- och sjukvården
Ultraljudsutrustning, Röntgen kliniken, Område specialiserad vård
Utbyggnad av avdelning 35, Barn- och ungdomskliniken, Område specialiserad vård
Utrustning för noninvasiv blåsvolymmätning, Hälso- och sjukvården
"""
_UPPH_AVSLUTAD = """\
Brandskyddsmaterial, brandredskap och service samt utbildningar
Byggtreprenad modernisering av hissar
Byggtreprenad Sjukhusapoteket renrum
CCTV - hjälpmedel
CCTV-synhjälpmedel komplettering
Datakommunikation Sjunet
Datakommunikationstjänster
Dentala luppglasögon
Eldrivna rullstolar klass A1, B1 och B2
Elektriskt material
Elektroniskt upphandlingssystem
Ersättningsetablering fysioterapeut
Ersättningsetablering läkare
Folkhälsoundersökning liv & hälsa
Friskvårdsadministration
Fysioterapiutrustning
Förlossning Karlskoga
Generalentreprenad Reservkraft USÖ AB
Individuell terapeutisk behandling
Inkontinenshjälpmedel
IPTV
Integrationsplattform
IT Produkter och telefoner
IT-system för vaccinationer
Kognitiva hjälpmedel
Kreditupplysning
Larm och Bevakning Norr och söder
Licenspartner
Livsmedel Kolonial
Möbler till Rehabiliteringen i Karlskoga
Möbler FTV
Möbler OP vårdcentral
Personliga trygghets- och nödlarm
Prenumerationstjänster Adda
Profilmaterial
Ramavtal byggserviceuppdrag
Ramavtal konsulttjänster
Ramavtal serviceuppdrag komplettering
Rörelse- styrke- och balansträningsredskap samt cyklar
Reklambyråtjänster
Service av portar
Service- och reparationsarbeten av storköksutrustning och vitvaror
Snittblommor
Snöröjning och halkbekämpning Lindesberg
Specialiserad öppenvård
System för upphandling och uppföljning av livsmedel
Tandtekniskt material
Tandtekniska tjänster
Telefonväxel, kontaktcenter samt operatörs- och sms-tjänster
Totalentreprenad Reservkraft Linde ABT
Totalentreprenad Reservkraft USÖ ABT
Totalentreprenad Reservvatten Lindesbergs lasarett
Webbutvecklare
Vitvaror (Adda)
Återkommande besiktning av hissar, portar, lyftar, tryckkärl samt besiktning och service av patientlyftar
Öroninsatser
Övriga vacciner
"""
_MT_AVSLUTAD = """\
Anestesiarbetsstationer, Anestesi- och intensivvårdskliniken, Område opererande och onkologi
Dehydrering, Laboratoriemedicinska kliniken, Område specialiserad vård
Dialysutrustning med förbrukning, område Hälso- och sjukvården
Ecmo-utrustning, Kärl-thoraxkliniken, Område specialiserad vård
Egenmonitorering, Regionkansliet
Endoskopiutrustning läns- och klinikövergripande, Område specialiserad vård
Endoskopiutrustning, Medicinska kliniken, Område specialiserad vård
Flödescytometer, Laboratoriemedicinska kliniken, Område specialiserad vård
Främre OCT utrustning, Habilitering och hjälpmedel, Område nära vård
Glas scanner, Laboratoriemedicinska kliniken, Område specialiserad vård
Kamerascanners, Folktandvården
Kompletterande utrustning till Neurointerventionslabbet, Hjärt-, lung-, fysiologiska kliniken, Område specialiserad vård
Korneal/hornhinnemikroskop, Ögonkliniken, Område specialiserad vård
Magnetkamera, Röntgenkliniken, område specialiserad vård
Mikrokeratom, Laboratoriemedicinska kliniken, Område specialiserad vård
Mobil röntgenutrustning, Röntgenkliniken, Område specialiserad vård
Programvara för bedömning av bilddiagnostik vid akut stroke, Röntgenkliniken, Område specialiserad vård
Röntgenutrustningar, Onkologiska kliniken, Område specialiserad vård
Skärmar för synprovning, Ögonkliniken, Område specialiserad vård
Transportventilator, Anestesi- och intensivvårdskliniken, Område specialiserad vård
Ultraljudsutrustning, Urologiska kliniken, Område specialiserad vård
Ultraljudsutrustningar, Akutmottagning Örebro, Område specialiserad vård
Underhålls och supportavtal för RIS/PACS, Röntgenkliniken, Område specialiserad vård
UPLC-MS/MS, Laboratoriemedicinska kliniken, Område specialiserad vård
Urodynamikutrustning, Urologiska kliniken, Område specialiserad vård
Videolaparoskopiutrustning, Kirurgiska kliniken, Område specialiserad vård
Visualiseringsbord, Kliniskt forskningscentrum, Område forskning och utbildning
Vätskehanteringsrobot, Laboratoriemedicinska kliniken, Område specialiserad vård
Ögonenhet inkl stol, kamera till spaltmik, synprovningstavla digital mm, Habilitering och hjälpmedel, Område nära vård
"""

# table key -> [(procuring unit as the report's introduction names it, its bullets)]
PROCUREMENT_LISTS_2021 = {
    "upphandlingar_kommande": [
        ("Upphandlingsavdelningen", lines(_UPPH_KOMMANDE)),
        ("Medicinsk Teknik", lines(_MT_KOMMANDE)),
    ],
    "upphandlingar_pagaende": [
        ("Upphandlingsavdelningen", lines(_UPPH_PAGAENDE)),
        ("Medicinsk Teknik", lines(_MT_PAGAENDE)),
    ],
    "upphandlingar_avslutade": [
        ("Upphandlingsavdelningen", lines(_UPPH_AVSLUTAD)),
        ("Medicinsk Teknik", lines(_MT_AVSLUTAD)),
    ],
}

# "Överprövningar 2021": company -> (procurement, dnr, state in brackets, what happened).
# The pending ones print the company's claim as prose and no outcome (None).
APPEALS_2021 = {
    "Brandskyddslaget AB": ("Ramavtal konsulter", "21RS4139", "pågående", None),
    "White arkitekter AB": ("Ramavtal konsulter", "21RS4139", "pågående", None),
    "Informationsbyggarna AB": ("Ramavtal konsulter", "21RS4139", "pågående", None),
    "ÅF-Infrastructure AB": ("Ramavtal konsulter", "21RS4139", "pågående", None),
    "KAMTechnology AB": (
        "Ramavtal konsulter",
        "21RS4139",
        "avslutad",
        "Bolaget har återkallat överprövningen",
    ),
    "Textilia Tvätt & Textilservice AB": (
        "Tvätt- och textilservice 2021",
        "21RS4860",
        "avslutad",
        "Regionen har avbrutit upphandlingen",
    ),
    "Kletor Sverige AB": (
        "Hylläkare",
        "21RS8861",
        "avslutad",
        "Bolaget har återkallat överprövningen",
    ),
    "Byggnor AB": (
        "Byggentreprenad Dansens hus",
        "14OLL6059",
        "avslutad",
        "Bolaget har återkallat överprövningen",
    ),
    "Nerikes Dentalservice": ("MT - Dental unit", "20RS11828", "pågående", None),
}

# 4.2-4.4 the indicator rows ("Indikatorer | Utfall | Målvärde") under the goals. The symbols
# partly did not survive the extraction (docs/demo-data-2021.md); what survived is given per
# field: status (shape and/or word), trend (arrow, or "—" where the seed prints a dash),
# outcome and target (the figures in the Utfall and Målvärde columns). None: nothing printed.
GOALS_2021 = {
    # entry key: (title as printed, status, trend, outcome, target)
    "samverkansforum": (
        "Det finns samverkansforum med kund där gemensamma prioriteringar görs.",
        "● Helt",
        "→",
        None,
        None,
    ),
    "forandringsledning": ("Kompetens i förändringsledning ska öka.", "◆ Delvis", "→", None, None),
    "produktivitetsnyckeltal": (
        "Det finns produktivetsnyckeltal som följs kontinuerligt i verksamheterna.",
        "◆ Delvis",
        "→",
        None,
        None,
    ),
    "avvikelsehantering": (
        "Verksamheten arbetar aktivt med avvikelshantering och värdeflödesanalyser och använder "
        "det som ett underlag för förbättring av arbetssätt och processer.",
        "● Helt",
        "↗",
        None,
        None,
    ),
    "kundinvolvering": (
        "Verksamheten involverar kunder i förbättringsarbeten för att deras krav och behov ska "
        "vara utgångspunkt i verksamhetens utveckling.",
        "Helt",
        None,
        None,
        None,
    ),
    "sammanhallna_leveranser": (
        "Sammanhållna leveranser till kund har ökat.",
        "Delvis",
        None,
        None,
        None,
    ),
    "digitala_losningar": (
        "Arbetsätt, metoder och processer har effektiviserats genom digitala lösningar.",
        "◆ Delvis",
        "→",
        None,
        None,
    ),
    "hallbarhetsprogram": (
        "Aktivitetsplaner finns framtagna och följs upp för att nå målsättningarna i reviderat "
        "Program för hållbar utveckling 2021-2025.",
        "Helt",
        "→",
        None,
        None,
    ),
    "hme": (
        "HME – Hållbart medarbetarengagemang ska öka i jämförelse med tidigare medarbetarenkät.",
        None,
        None,
        "79",
        ">77",
    ),
    "avi": (
        "AVI – Attraktiv arbetsgivarindex ska öka i jämförelse med föregående år.",
        None,
        None,
        "100",
        "108",
    ),
    "jamix": (
        "Jämix – Jämställdhetsindex ska öka i jämförelse med föregående år.",
        None,
        None,
        "121",
        "120",
    ),
    "frisktal": (
        "Frisktalet ska förbättras i jämförelse med föregående år.",
        None,
        None,
        "54%",
        "55%",
    ),
    "personalomsattning": (
        "Personalomsättningen externt ska redovisas. Den ska minska i jämförelse med "
        "föregående år.",
        "■",
        "—",
        "4,8%",
        None,
    ),
    "vardegrund": (
        "Region Örebro läns nya värdegrund ska påbörja att implementeras under året.",
        "■ Inte alls",
        "→",
        None,
        None,
    ),
    "digital_kompetens": (
        "Medarbetarnas digitala kompetens har ökat.",
        "◆ Delvis",
        "—",
        None,
        None,
    ),
    "sjukfranvaro": ("Sjukfrånvaro total % har minskat.", "◆", "↘", "6,22%", None),
    "hme_ledning": ("HME delindex Ledning ska bibehållas eller öka.", None, None, "84", "81"),
    "hme_motivation": ("HME delindex Motivation ska öka.", None, None, "77", "76"),
    "resultat_i_balans": (
        "Styrelsen och nämnderna redovisar ett resultat i balans.",
        "Helt",
        None,
        None,
        None,
    ),
    "resultat_procent": ("Resultat %.", None, None, "5,1%", "2%"),
}

# ── 003 Verksamhetsplan 2024 (space-separated in the extraction) ───────────────────────────

_PLAN = ("budget", "prognos", "budget_fg")

# 6.3 Resultatbudget servicenämnd ("Verksamhetens intäkter/kostnader" are headings)
RESULTATBUDGET_2024 = Printed(
    _PLAN,
    {
        "ovriga_intakter": ("Övriga intäkter", "2 380", "2 394,5", "2 381,4"),
        "summa_intakter": ("Summa intäkter", "2 380", "2 394,5", "2 381,4"),
        "personalkostnader": ("Personalkostnader", "-665", "-688,2", "-692,8"),
        "ovriga_kostnader": ("Övriga kostnader", "-1 230", "-1 284,2", "-1 283,7"),
        "avskrivningar_inventarier": ("Avskrivningar, inventarier", "-62", "-63,2", "-62,3"),
        "avskrivningar_fastigheter": ("Avskrivningar, fastigheter", "-242", "-240,5", "-239,6"),
        "summa_kostnader": ("Summa kostnader", "-2 199", "-2 276,1", "-2 278,4"),
        "verksamhetens_nettokostnad": ("Verksamhetens nettokostnader", "181", "118,4", "103,0"),
        "finansnetto": ("Finansnetto", "-150", "-68,5", "-66,4"),
        "fastighetsfinansiering": ("Fastighetsfinansiering", "-7,8", "-88,3", "-88,3"),
        "resultat": ("Resultat", "23,2", "-38,4", "-51,7"),
    },
)

_DRIFT = ("omsattning", "budgetram", "omsattning_prognos", "budgetram_prognos")

# 6.4 Driftbudget servicenämnd ("Omsättning | Varav budgetram" for Budget 2024 and Prognos 2023)
DRIFTBUDGET_2024 = Printed(
    _DRIFT,
    {
        "omrade_fastigheter": ("Område fastigheter", "1 135", "0", "1 136,5", ""),
        "omrade_forsorjning": ("Område försörjning", "370", "0", "386,6", "0"),
        "omrade_inkop_och_upphandling": ("Område inköp och upphandling", "100", "0", "15,5", "0"),
        "omrade_it": ("Område IT", "475", "0", "487,0", "0"),
        "omrade_medicinsk_teknik": ("Område medicinsk teknik", "90", "0", "88,2", "0"),
        "shared_service_center": ("Område shared service center", "100", "0", "150,0", "0"),
        "forvaltningsgemensamt": ("Förvaltningsgemensamt", "110", "-23,2", "130,7", "51,7"),
        "summa": ("Summa", "2 380", "-23,2", "2 394,5", "51,7"),
    },
)

# 6.5 Investeringsbudget
INVESTERINGSBUDGET_2024 = Printed(
    _PLAN,
    {
        "immateriella": ("Immateriella anläggningstillgångar", "", "", ""),
        "byggnader": ("Byggnadsinvesteringar", "203,8", "361,0", "347,5"),
        "medicinteknisk": ("Medicinteknisk utrustning", "0", "0", "0"),
        "it": ("It-utrustning", "141,5", "74,0", "96,9"),
        "ovrig": ("Övrig utrustning", "27,2", "32,0", "15,0"),
        "summa": ("Summa", "372,5", "467,0", "459,4"),
    },
)

# Bilaga: Investeringar, äskande 2024. Group headings print no amount (None); the line
# "Servicenämnden totalt: 188,8" has no row of its own in our table (NOT_HELD_ROWS).
BILAGA_BYGGNADER_2024 = Printed(
    ("belopp",),
    {
        "servicenamnden_ovriga_omraden": ("Servicenämnden övriga områden", None),
        "objekt_1": ("RSERV ÖVR Verksamhetsförändringar", "1,8"),
        "servicenamnden_fastigheter": ("Servicenämnden, fastigheter", None),
        "objekt_2": ("RS ftg Energieffektiviseringar, pott", "5,0"),
        "objekt_3": ("RS ftg Reinvesteringar, pott", "70,0"),
        "objekt_4": ("RS ftg Brandskyddsåtgärder länet", "16,0"),
        "objekt_5": ("RS ftg Säkerhetsanpassning teknikutrymmen", "2,5"),
        "objekt_6": ("RS ftg Lagkrav, åtgärder på system för medicinska gaser, länet", "10,0"),
        "objekt_7": ("RS ftg Lagkrav laddstolpar parkering", "1,0"),
        "objekt_8": ("RS ftg Radonåtgärder, länet", "5,0"),
        "objekt_9": ("RS ftg USÖ Nätstationer", "23,5"),
        "objekt_10": ("RS ftg USÖ M-huset, Utbyte rumsstyrning värme och ventilation", "2,0"),
        "objekt_11": ("RS ftg USÖ M-huset, renovering bassäng", "20,0"),
        "objekt_12": ("RS ftg Karlskoga lasarett Nätstation", "6,0"),
        "objekt_13": ("RS ftg Lindesbergs lasarett Nätstation", "6,0"),
        "objekt_14": ("RS ftg Karlskoga lasarett Åtgärder fasader och fönster", "10,0"),
        "objekt_15": ("RS ftg Omdisponering verksamhetslokaler Museet", "10,0"),
        "ovrigt": ("Övrigt:", None),
        "objekt_16": ("Rs ftg Förstudie, planering och projektering, pott", "15,0"),
        "summa": ("Summa fastighetsinvesteringar 2024", "203,8"),
    },
)
BILAGA_IT_2024 = Printed(
    ("belopp",),
    {
        "vardsystem": ("Vårdsystem:", None),
        "objekt_17": ("Servrar, hårdvara", "4,8"),
        "objekt_18": ("Lagring, utbyggnad och ny lösning", "13,1"),
        "objekt_19": ("Certifikat, licenser", "8,6"),
        "driftstjanster": ("Driftstjänster:", None),
        "objekt_20": ("Datacenter-switchar, linjemoduler, licenser, optik, management", "13,5"),
        "bastjanst_system": ("Bastjänst-system:", None),
        "objekt_21": ("Stamnät, accessnät", "23,3"),
        "objekt_22": ("WiFi nät", "15,3"),
        "objekt_23": ("Teknik, säkerhet, övervakning", "10,0"),
        "ovriga_system": ("Övriga system:", None),
        "objekt_24": ("Datorer, skärmar, dockningsstationer, tangentbord, möss", "39,9"),
        "objekt_25": (
            "Interaktiva skärmar, vanliga skärmar och videosystem för konferensrum",
            "13,0",
        ),
        "summa": ("Summa IT investeringar 2024", "141,5"),
    },
)
# verksamhet and objektbeskrivning joined as "Verksamhet: objektbeskrivning", as in our label
BILAGA_OVRIG_2024 = Printed(
    ("belopp",),
    {
        "ovrig_utrustning": ("Övrig utrustning:", None),
        "objekt_26": (
            "Försörjning: Digitalt städsystem, tvättmaskiner, truckar, avfallskomprimator övrigt",
            "4,2",
        ),
        "objekt_27": ("Regionhuset: Inredning och skyltar", "15,0"),
        "byggansluten_utrustning": ("Byggansluten utrustning:", None),
        "objekt_28": ("Kundtjänst:", "0,3"),
        "objekt_29": (
            "Regionhuset: Utrustning kontor, Receptionsdisk, godsmott. Kortläsar- och "
            "Porttelefonsystem, Inbrottslarm, Mobilt inomhusnät mm",
            "7,7",
        ),
        "summa": ("Summa övriga investeringar 2024", "27,2"),
    },
)

# Handlingsplan "Åtgärder för en ekonomi i balans" (2023-10-19), 2. Handlingsplanens effekter:
# "Summering av samtliga åtgärder" and 2.1 one "Grupperade åtgärder" table per area, in tkr,
# and "Antal årsarbetare 2024" ("Antal åa 2024")
_HP = ("ar_2024", "ar_2025", "ar_2026", "arsarbetare")
HANDLINGSPLAN_2024 = {
    "handlingsplan_summering": Printed(
        _HP,
        {
            "intakter": ("Intäkter", "3 914", "3 914", "3 914", ""),
            # the seed's summary rows are not the sums of the area tables: DISCREPANT below
            "personal": ("Personalkostnadsreduceringar", "27 039", "28 489", "28 489", "49"),
            "ovriga": ("Övriga kostnadsreduceringar", "53 801", "64 914", "77 984", ""),
            "totalsumma": ("Totalsumma", "84 754", "97 317", "110 387", "49"),
        },
    ),
    "handlingsplan_regionservice_stab": Printed(  # "Område stab och kansli"
        _HP,
        {
            "intakter": ("Intäkter", "964", "964", "964", ""),
            "personal": ("Personalkostnadsreduceringar", "2 800", "2 800", "2 800", "3"),
            "ovriga": ("Övriga kostnadsreduceringar", "219", "219", "219", ""),
            "totalsumma": ("Totalsumma", "3 983", "3 983", "3 983", "3"),
        },
    ),
    "handlingsplan_omrade_fastigheter": Printed(
        _HP,
        {
            "intakter": ("Intäkter", "1 500", "1500", "1500", ""),
            "personal": ("Personalreduceringar", "4 380", "3 840", "3 840", "5"),
            "ovriga": ("Övriga kostnadsreduceringar", "23 429", "26 987", "40 057", ""),
            "totalsumma": ("Totalsumma", "29 309", "32 327", "45 397", "5"),
        },
    ),
    "handlingsplan_omrade_forsorjning": Printed(
        _HP,
        {
            "intakter": ("Intäkter", "1 200", "1 200", "1 200", ""),
            "personal": ("Personalreducering/vakans", "13 649", "15 249", "15 249", "30,5"),
            "ovriga": ("Övriga kostnadsreduceringar", "4 195", "4 195", "4 195", ""),
            "totalsumma": ("Totalsumma", "19 044", "20 644", "20 644", "30,5"),
        },
    ),
    "handlingsplan_omrade_inkop_och_upphandling": Printed(
        _HP,
        {
            "intakter": ("Intäkter", "", "", "", ""),
            "personal": ("Personalkostnadsreduceringar", "", "", "", ""),
            "ovriga": ("Övriga kostnadsreduceringar", "813", "813", "813", ""),
            "totalsumma": ("Totalsumma", "813", "813", "813", "0"),
        },
    ),
    "handlingsplan_omrade_it": Printed(
        _HP,
        {
            "intakter": ("Intäkter", "", "", "", ""),
            "personal": ("Personalkostnadsreduceringar", "2 880", "2 880", "2 880", "3"),
            "ovriga": ("Övriga kostnadsreduceringar", "23 840", "27 840", "27 840", ""),
            "totalsumma": ("Totalsumma", "26 720", "30 720", "30 720", "3"),
        },
    ),
    "handlingsplan_omrade_medicinsk_teknik": Printed(
        _HP,
        {
            "intakter": ("Intäkter", "", "", "", ""),
            "personal": ("Personalkostnadsreduceringar", "2 120", "2 120", "2 120", "3"),
            "ovriga": ("Övriga kostnadsreduceringar", "2 940", "2 940", "2 940", ""),
            "totalsumma": ("Totalsumma", "5 060", "5 060", "5 060", "3"),
        },
    ),
    "handlingsplan_shared_service_center": Printed(
        _HP,
        {
            "intakter": ("Intäkter", "250", "250", "250", ""),
            "personal": ("Personalkostnadsreduceringar", "1 750", "1 600", "1 600", "3"),
            "ovriga": ("Övriga kostnadsreduceringar", "420", "1 920", "1 920", ""),
            "totalsumma": ("Totalsumma", "2 420", "3 770", "3 770", "3"),
        },
    ),
}

# ── 004 Verksamhetsplan 2025 ─────────────────────────────────────────────────────────────────

# 6.2 Ekonomiska nyckeltal
EKONOMISKA_NYCKELTAL_2025 = Printed(
    _PLAN, {"lonekostnadsokningstakt": ("Lönekostnadsökningstakt", "-5,7", "0,3", "-3,0")}
)

# 6.3 Resultatbudget servicenämnd
RESULTATBUDGET_2025 = Printed(
    _PLAN,
    {
        "ovriga_intakter": ("Övriga intäkter", "2 528,8", "2 535,3", "2 629,9"),
        "summa_intakter": ("Summa intäkter", "2 528,8", "2 535,3", "2 629,9"),
        "personalkostnader": ("Personalkostnader", "-633,6", "-672,1", "-718,3"),
        "ovriga_kostnader": ("Övriga kostnader", "-1 285,7", "-1 295,1", "-1 315,7"),
        "avskrivningar_inventarier": ("Avskrivningar, inventarier", "-62,6", "-68,8", "-72,2"),
        "avskrivningar_fastigheter": ("Avskrivningar, fastigheter", "-275,1", "-266,2", "-258,8"),
        "summa_kostnader": ("Summa kostnader", "-2 257,0", "-2 302,2", "-2 365,0"),
        "verksamhetens_nettokostnad": ("Verksamhetens nettokostnader", "271,8", "233,1", "264,9"),
        "finansnetto": ("Finansnetto", "-150,0", "-148,0", "-147,2"),
        "fastighetsfinansiering": ("Fastighetsfinansiering", "-120,0", "-115,9", "-115,9"),
        "resultat": ("Resultat", "1,8", "-30,8", "1,8"),
    },
)

# 6.4 Driftbudget servicenämnd
DRIFTBUDGET_2025 = Printed(
    _DRIFT,
    {
        "omrade_fastigheter": ("Område fastigheter", "1 261,8", "21,0", "1 265,0", "21,0"),
        "omrade_forsorjning": ("Område försörjning", "372,6", "15,3", "373,6", "15,3"),
        "omrade_inkop_och_upphandling": (
            "Område inköp och upphandling",
            "16,4",
            "0,8",
            "16,4",
            "0,8",
        ),
        "omrade_it": ("Område IT", "487,6", "23,4", "488,9", "23,4"),
        "omrade_medicinsk_teknik": ("Område medicinsk teknik", "90,3", "3,1", "90,5", "3,1"),
        "shared_service_center": ("Område shared service center", "195,0", "4,2", "195,5", "4,2"),
        "forvaltningsgemensamt": ("Förvaltningsgemensamt", "105,1", "-66,0", "105,4", "-66,0"),
        "summa": ("Summa", "2 528,8", "1,8", "2 535,3", "1,8"),
    },
)

# 6.5 Investeringsbudget
INVESTERINGSBUDGET_2025 = Printed(
    _PLAN,
    {
        "immateriella": ("Immateriella anläggningstillgångar", "", "0", ""),
        "byggnader": ("Byggnadsinvesteringar", "361,2", "300,0", "908,2"),
        "medicinteknisk": ("Medicinteknisk utrustning", "", "", ""),
        "it": ("IT-utrustning", "98,9", "103,5", "141,5"),
        "ovrig": ("Övrig utrustning", "6,9", "46,9", "52,5"),
        "summa": ("Summa", "467,0", "450,4", "1 102,2"),
    },
)

# Bilaga 1: Investeringar, äskande 2025
BILAGA_BYGGNADER_2025 = Printed(
    ("belopp",),
    {
        "servicenamnden_ovriga_omraden": ("Servicenämnden övriga områden", None),
        "objekt_1": ("RSERV ÖVR Verksamhetsförändringar", "1,8"),
        "objekt_2": ("RSERV ÖVR USÖ M-huset, Ombyggnation arbetsplatser medicinsk teknik", "2,0"),
        "servicenamnden_fastigheter_robusthet_lagkrav_och_energi": (
            "Servicenämnden, fastigheter robusthet, lagkrav och energi",
            None,
        ),
        "objekt_3": ("RS ftg Brandskyddsåtgärder länet", "5,0"),
        "objekt_4": ("RS ftg Brandskyddsåtgärder länet", "21,5"),
        "objekt_5": ("RS ftg Länet, Utökad taksäkerhet, lagkrav", "1,5"),
        "objekt_6": ("RS ftg Länet, Utbyte T8-lysrör, lagkrav", "2,5"),
        "objekt_7": ("RS ftg USÖ T-huset, nybyggnad kylcentral inklusive reservkyla", "150,0"),
        "objekt_8": (
            "Klimatanslag för laddinfrastruktur på parkeringar för verksamhetsbilar",
            "5,0",
        ),
        "objekt_9": ("RS ftg Säkerhetsanpassning teknikutrymmen", "2,5"),
        "objekt_10": ("RS ftg Lagkrav, åtgärder på system för medicinska gaser, länet", "5,0"),
        "objekt_11": ("RS ftg USÖ, avveckling centralånga", "5,0"),
        "objekt_12": ("RS ftg Radonåtgärder länet, lagkrav", "5,0"),
        "servicenamnden_fastigheter_reinvestering": (
            "Servicenämnden, fastigheter reinvestering",
            None,
        ),
        "objekt_13": ("RS ftg Reinvesteringar, pott", "70,0"),
        "objekt_14": ("RS ftg Karlskoga lasarett Nätstationer, elförsörjning", "3,0"),
        "objekt_15": ("RS ftg Lindesbergs lasarett Nätstationer, elförsörjning", "2,5"),
        "objekt_16": ("RS ftg USÖ Nätstationer, elförsörjning", "6,3"),
        "objekt_17": ("RS ftg Länet, utbyte hissar", "2,0"),
        "servicenamnden_externa_hyresgaster": ("Servicenämnden externa hyresgäster", None),
        "objekt_18": ("RST Omdisponering verksamhetslokaler Museet", "70,6"),
        # the total printed under the heading "… 2024" in the 2025 plan: DISCREPANT below
        "summa": ("Summa fastighetsinvesteringar 2024", "361,2"),
    },
)
BILAGA_IT_2025 = Printed(
    ("belopp",),
    {
        "lagring": ("Lagring:", None),
        "objekt_19": ("Primärlagring Primera, Backup, Qumolo R & F-hallen samt kulvert", "7,9"),
        "serverhardvara": ("Serverhårdvara:", None),
        "objekt_20": ("Fortsatt avveckling av gamla OS/HW", "2,5"),
        "objekt_21": ("Vmware utökning citrixmiljö, testkluster av ny Hypervisor", "2,7"),
        "driftstjanster": ("Driftstjänster:", None),
        "objekt_22": ("Datacenter-switchar, linjemoduler, licenser, optik, management", "2,5"),
        "bastjanst_system": ("Bastjänst-system:", None),
        "objekt_23": ("Stamnät, accessnät", "13,5"),
        "objekt_24": ("WiFi nät", "12,5"),
        "objekt_25": ("Teknik, säkerhet, beredskapslager", "7,8"),
        "ovriga_system": ("Övriga system:", None),
        "objekt_26": ("Datorer, skärmar, dockningsstationer, tangentbord, möss", "35"),
        "objekt_27": (
            "Interaktiva skärmar, vanliga skärmar och videosystem för konferensrum",
            "7",
        ),
        "nya_losningar": ("Nya lösningar:", None),
        "objekt_28": ("Datahallsredundant filserverlösning, övervakning, utökad antivirus", "7,5"),
        "summa": ("Summa IT investeringar 2025", "98,9"),
    },
)
BILAGA_OVRIG_2025 = Printed(
    ("belopp",),
    {
        "teknisk_ovrig_utrustning": ("Teknisk övrig utrustning:", None),
        "objekt_29": (
            "Regionservice och folktandvården övergripande: Uppgradering passer- och "
            "låssystem samt ökade krav på skalskydd",
            "1,6",
        ),
        "ovriga_investeringar": ("Övriga investeringar:", None),
        "objekt_30": ("Fastigheter: Fordon", "1,0"),
        "objekt_31": ("Shared Service Center: Ventilation telefonväxeln", "0,8"),
        "objekt_32": ("Shared Service Center: Ärendehanteringssystem, immateriell", "1,9"),
        "objekt_33": (
            "Försörjningen: Tvättmaskiner, torktumlare, skurmaskin, patienttruck, övrigt",
            "1,6",
        ),
        "summa": ("Summa övriga investeringar 2025", "6,9"),
    },
)

# 5 the Styrtal tables under Målsättning nr 8 and 9 ("Styrtal | Utfall, senast kända värde |
# Årets målvärde | Långsiktigt målvärde"); the title without its number and "(Utfall: …)"
STYRTAL_2025 = {
    # entry key: (title, utfall senast kända värde, årets målvärde, långsiktigt målvärde)
    "hme_2025": (
        "Hållbart medarbetarengagemang (HME): Ska ligga på en hög nivå inom intervallet 77–80 "
        "för totalt HME. Strävan är att delindexen motivation, styrning och ledarskap ska ligga "
        "på en jämnhög nivå.",
        "79",
        "80",
        "80",
    ),
    "sam_2025": (
        "Systematiskt arbetsmiljöarbete (SAM), bidrar till bra arbetsmiljö och till rimliga "
        "förutsättningar. Andel chefer som svarat på årlig uppföljning av SAM.",
        "",
        "90 %",
        "100 %",
    ),
    "sjukfranvaro_2025": ("Sjukfrånvaron ska minska.", "6,1 %", "5,5 %", "4,9 %"),
    "budgetunderskott_2025": (
        "Regionstyrelsens och nämndernas budgetunderskott ska minska.",
        "0 mnkr",
        "0 mnkr",
        "0 mnkr",
    ),
}
