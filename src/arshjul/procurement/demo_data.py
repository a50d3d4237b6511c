"""The 2021 procurement report (appendix "Upphandlingsrapport Helår 2021" of the
Verksamhetsberättelse 2021): every list as data, extracted from the seed text by a script and
checked against the seed's own counts (22 + 16 upcoming, 39 + 32 ongoing, 57 + 29 finished).

Each procurement is ``(title, customer, marked_appealed)``; ``marked_appealed`` is the seed's
"**" mark ("Överprövad, se särskild redovisning"). The report gives values, bids and the
environmental/code-of-conduct counts only per list, so they are list figures (``LISTS``), and
per-procurement requirements are set only where the report states them for every procurement
of the list. Values in mnkr as printed ("ca"); the loader stores kronor. This module is data."""

from __future__ import annotations

from typing import Any

YEAR = 2021
SOURCE = "Upphandlingsrapport helår 2021"

UPCOMING_UPPH = [  # 22
    ("Ansöknings- och informationssystem för forskning", "", False),
    ("Bemanningstjänster", "", False),
    ("Beställningssystem för bilpoolsbilar och patienttransporter", "", False),
    ("CRM-tjänster", "", False),
    ("Förmåncyklar", "", False),
    ("Geografiskt planerings- och analysverktyg", "", False),
    ("Hörseltekniska Hjälpmedel", "", False),
    ("IT-stöd labbmedicin", "", False),
    ("IT-system för rådgivning av mindre företag - timbanken", "", False),
    ("Medicinska gaser och gasblandningar", "", False),
    ("Medicinskt uppföljningssystem", "", False),
    ("Modulvagnar", "", False),
    ("Ortopedteknik skor och råmaterial", "", False),
    ("Ortopedtekniska skoändringar", "", False),
    ("Revisionstjänster", "", False),
    ("Server & datalagring med tillhörande konsulttjänster samt närliggande produkter", "", False),
    ("Service och support avseende integrationsplattform Ensemble", "", False),
    ("System och tjänster för visning på digitala informationskärmar", "", False),
    ("Systemlösningsavtal KIBI", "", False),
    ("Telefontolkning", "", False),
    ("Tryck av Leva och Tillsammans", "", False),
    ("Vätskevagnar", "", False),
]

UPCOMING_MT = [  # 16
    ("Diskdesinfektor", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    ("Dispenseringsmodul", "Avdelningen för sjukhusfysik, Område specialiserad vård", False),
    ("Filter integrity test", "Avdelningen för sjukhusfysik, Område specialiserad vård", False),
    ("Fotokoagulator", "Ögonkliniken, Område specialiserad vård", False),
    ("HD-cystoskop", "Urologiska kliniken, Område specialiserad vård", False),
    (
        "Infärgningsutrustning histologi inkl montering",
        "Laboratoriemedicinska kliniken, Område specialiserad vård",
        False,
    ),
    (
        "Intensivvårdsambulans med möjlighet att transportera kuvös samt bariatrisk patienter",
        "Ambulans länsverksamhet, Område specialiserad vård",
        False,
    ),
    ("Laparoskopistapel komplett", "Sjukhusverksamhet väster, Område nära vård", False),
    ("Mobil CT", "Anestesi- och intensivvårdskliniken, Område specialiserad vård", False),
    (
        "MT-utrustning till MR-lab",
        "Anestesi- och intensivvårdskliniken, Område specialiserad vård",
        False,
    ),
    ("Operationsmikroskop", "Huvud Hals, Område specialiserad vård", False),
    ("Operationsmikroskop", "Ortopedi Handkirurgi, Område specialiserad vård", False),
    (
        "Operationssmikroskop för neurokirurgi",
        "Anestesi- och intensivvårdskliniken, Område specialiserad vård",
        False,
    ),
    ("Rhinolaryngoskop med fiberljus (video)", "Huvud Hals, Område specialiserad vård", False),
    ("Ultraljudsmaskin för diagnostik hjärta", "Sjukhusverksamhet norr, Område nära vård", False),
    ("Ögonbottenkamera", "Ögonkliniken, Område specialiserad vård", False),
]

ONGOING_UPPH = [  # 39
    ("Bildskärmsglasögon", "", False),
    ("Bloddatasystem", "", False),
    ("Digital tandteknik", "", False),
    ("Dos öppenvård", "", False),
    ("Drivaggregat till manuella rullstolar", "", False),
    ("Däck- och däcktjänster", "", False),
    ("Eldrivna rullstolar klass B1", "", False),
    ("Entreprenad Dansens hus", "", True),
    ("Entreprenad Fellingsbro Folkhögskola", "", True),
    ("Försäljningssystem Länstrafiken", "", False),
    ("Hemsjukvårdssängar, sängryggstöd, uppresningsstöd och positioneringskuddar", "", False),
    ("Influensavaccin ht22-23 (endast högdosvaccin för Örebro)", "", False),
    ("IT system tandvårdstöd", "", False),
    ("Konsulter till regional utveckling", "", False),
    ("Licenspartner", "", False),
    ("Livsmedel - frukt och grönt", "", False),
    ("Livsmedel - mejeri", "", False),
    ("Läkemedel på rekvisition 2021", "", False),
    ("Multifunktionsskrivare", "", False),
    ("Ortopedtekniska proteser", "", False),
    ("Patientsängar, sängbord och IVA-sängar", "", False),
    ("Radioaktiva läkemedel", "", False),
    ("Ramavtal konsulttjänster komplettering", "", True),
    ("Rekrytering av chefer och andra nyckelpersoner", "", False),
    ("Turbiltjänster", "", False),
    ("Rekrytering utländska läkare", "", False),
    ("Rekrytering utländska sjuksköterskor", "", False),
    ("Schemaläggningssystem", "", False),
    ("Sekretessavfall", "", False),
    ("Service- och supportavtal Heroma", "", False),
    ("Skadedjursbekämpning, fågelsäkring, blodbussar", "", False),
    ("Substrat och lösningsberedning", "", False),
    ("Systemförvaltning av webbplats lokaltrafik", "", False),
    ("Tandvårdssystem till folktandvården", "", False),
    ("Tjänstekoncession - Reklam på bussar och vitriner", "", False),
    ("Tryckeritjänster", "", False),
    ("Tvätt- och textiltjänster", "", True),
    ("Upphandling av alternativ telefoni", "", False),
    ("Utredningar för kränkande särbehandlingar", "", False),
]

ONGOING_MT = [  # 32
    ("Albia multiplex", "Laboratoriemedicinska kliniken, område specialiserad vård", False),
    (
        "Analysutrustning för multiplexanalyser",
        "Kliniskt forskningscentrum, Område forskning och utbildning",
        False,
    ),
    ("Avancerad datortomograf", "Röntgenkliniken, Område specialiserad vård", False),
    (
        "Biobanksrobot kopplad på automationsbana",
        "Laboratoriemedicinska kliniken, Område specialiserad vård diagnostik",
        False,
    ),
    ("Biplanar rtg", "Ortopedi Handkirurgi, Område specialiserad vård", False),
    (
        "Chromatography control station",
        "Avdelningen för sjukhusfysik, Område specialiserad vård",
        False,
    ),
    ("Datortomograf (CT)", "Onkologiska kliniken, Område specialiserad vård", False),
    ("Dental Unit", "Folk tandvården", True),
    ("Diskdesinfektorer", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    ("Endoskopiutrustning", "Kärl-thoraxkliniken, Område specialiserad vård", False),
    (
        "EUS gastroskop, Ett linjärt och ett frontseende",
        "Kirurgiska kliniken, Område specialiserad vård",
        False,
    ),
    (
        "Fusionsbiopsisystem för MR/PET CT riktade prostatabiopsier, "
        "inklusive transperineala biopsier",
        "Urologiska kliniken, Område specialiserad vård",
        False,
    ),
    ("Genomlysningsutrustning", "Röntgenkliniken, Område specialiserad vård", False),
    ("HPGE-detektor", "Avdelningen för sjukhusfysik, Område specialiserad vård", False),
    ("IT-stöd", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    ("Kartstöd i hela regionen", "Ambulans länsverksamhet, Område specialiserad vård", False),
    ("Komplet utrustning EUS processor", "Kirurgiska kliniken, Område specialiserad vård", False),
    (
        "Laserdissektionsmikroskop",
        "Kliniskt forskningscentrum, Område forskning och utbildning",
        False,
    ),
    (
        "Masspektrometriutrustning för proteomik",
        "Kliniskt forskningscentrum, Område forskning och utbildning",
        False,
    ),
    ("Mobil C-båge", "Ortopedi Handkirurgi, Område specialiserad vård", False),
    ("PET-CT, nr 2", "Röntgenkliniken, Område specialiserad vård", False),
    ("Pipetteringsrobot", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    (
        "Röntgensystem för angiografiundersökningar",
        "Hjärt-, lung-, fysiologiska kliniken, Område specialiserad vård",
        False,
    ),
    ("Spol- och diskdesinfektorer", "Hälso- och sjukvården", False),
    ("Syntesmoduler", "Avdelningen för sjukhusfysik, Område specialiserad vård", False),
    ("Transportkuvöser", "Hälso och sjukvården", False),
    ("Trauma och spinal navigation", "Ortopedi Handkirurgi, Område specialiserad vård", False),
    ("Ultraljudssystem", "Onkologiska kliniken, Område specialiserad vård", False),
    ("Ultraljudsutrustning", "Hälso- och sjukvården", False),
    ("Ultraljudsutrustning", "Röntgen kliniken, Område specialiserad vård", False),
    ("Utbyggnad av avdelning 35", "Barn- och ungdomskliniken, Område specialiserad vård", False),
    ("Utrustning för noninvasiv blåsvolymmätning", "Hälso- och sjukvården", False),
]

FINISHED_UPPH = [  # 57
    ("Brandskyddsmaterial, brandredskap och service samt utbildningar", "", False),
    ("Byggtreprenad modernisering av hissar", "", False),
    ("Byggtreprenad Sjukhusapoteket renrum", "", False),
    ("CCTV - hjälpmedel", "", False),
    ("CCTV-synhjälpmedel komplettering", "", False),
    ("Datakommunikation Sjunet", "", False),
    ("Datakommunikationstjänster", "", False),
    ("Dentala luppglasögon", "", False),
    ("Eldrivna rullstolar klass A1, B1 och B2", "", False),
    ("Elektriskt material", "", False),
    ("Elektroniskt upphandlingssystem", "", False),
    ("Ersättningsetablering fysioterapeut", "", False),
    ("Ersättningsetablering läkare", "", False),
    ("Folkhälsoundersökning liv & hälsa", "", False),
    ("Friskvårdsadministration", "", False),
    ("Fysioterapiutrustning", "", False),
    ("Förlossning Karlskoga", "", False),
    ("Generalentreprenad Reservkraft USÖ AB", "", False),
    ("Individuell terapeutisk behandling", "", False),
    ("Inkontinenshjälpmedel", "", False),
    ("IPTV", "", False),
    ("Integrationsplattform", "", False),
    ("IT Produkter och telefoner", "", False),
    ("IT-system för vaccinationer", "", False),
    ("Kognitiva hjälpmedel", "", False),
    ("Kreditupplysning", "", False),
    ("Larm och Bevakning Norr och söder", "", False),
    ("Licenspartner", "", False),
    ("Livsmedel Kolonial", "", False),
    ("Möbler till Rehabiliteringen i Karlskoga", "", False),
    ("Möbler FTV", "", False),
    ("Möbler OP vårdcentral", "", False),
    ("Personliga trygghets- och nödlarm", "", False),
    ("Prenumerationstjänster Adda", "", False),
    ("Profilmaterial", "", False),
    ("Ramavtal byggserviceuppdrag", "", False),
    ("Ramavtal konsulttjänster", "", False),
    ("Ramavtal serviceuppdrag komplettering", "", False),
    ("Rörelse- styrke- och balansträningsredskap samt cyklar", "", False),
    ("Reklambyråtjänster", "", False),
    ("Service av portar", "", False),
    ("Service- och reparationsarbeten av storköksutrustning och vitvaror", "", False),
    ("Snittblommor", "", False),
    ("Snöröjning och halkbekämpning Lindesberg", "", False),
    ("Specialiserad öppenvård", "", False),
    ("System för upphandling och uppföljning av livsmedel", "", False),
    ("Tandtekniskt material", "", False),
    ("Tandtekniska tjänster", "", False),
    ("Telefonväxel, kontaktcenter samt operatörs- och sms-tjänster", "", False),
    ("Totalentreprenad Reservkraft Linde ABT", "", False),
    ("Totalentreprenad Reservkraft USÖ ABT", "", False),
    ("Totalentreprenad Reservvatten Lindesbergs lasarett", "", False),
    ("Webbutvecklare", "", False),
    ("Vitvaror (Adda)", "", False),
    (
        "Återkommande besiktning av hissar, portar, lyftar, tryckkärl samt besiktning och "
        "service av patientlyftar",
        "",
        False,
    ),
    ("Öroninsatser", "", False),
    ("Övriga vacciner", "", False),
]

FINISHED_MT = [  # 29
    (
        "Anestesiarbetsstationer",
        "Anestesi- och intensivvårdskliniken, Område opererande och onkologi",
        False,
    ),
    ("Dehydrering", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    ("Dialysutrustning med förbrukning", "område Hälso- och sjukvården", False),
    ("Ecmo-utrustning", "Kärl-thoraxkliniken, Område specialiserad vård", False),
    ("Egenmonitorering", "Regionkansliet", False),
    ("Endoskopiutrustning läns- och klinikövergripande", "Område specialiserad vård", False),
    ("Endoskopiutrustning", "Medicinska kliniken, Område specialiserad vård", False),
    ("Flödescytometer", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    ("Främre OCT utrustning", "Habilitering och hjälpmedel, Område nära vård", False),
    ("Glas scanner", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    ("Kamerascanners", "Folktandvården", False),
    (
        "Kompletterande utrustning till Neurointerventionslabbet",
        "Hjärt-, lung-, fysiologiska kliniken, Område specialiserad vård",
        False,
    ),
    ("Korneal/hornhinnemikroskop", "Ögonkliniken, Område specialiserad vård", False),
    ("Magnetkamera", "Röntgenkliniken, område specialiserad vård", False),
    ("Mikrokeratom", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    ("Mobil röntgenutrustning", "Röntgenkliniken, Område specialiserad vård", False),
    (
        "Programvara för bedömning av bilddiagnostik vid akut stroke",
        "Röntgenkliniken, Område specialiserad vård",
        False,
    ),
    ("Röntgenutrustningar", "Onkologiska kliniken, Område specialiserad vård", False),
    ("Skärmar för synprovning", "Ögonkliniken, Område specialiserad vård", False),
    (
        "Transportventilator",
        "Anestesi- och intensivvårdskliniken, Område specialiserad vård",
        False,
    ),
    ("Ultraljudsutrustning", "Urologiska kliniken, Område specialiserad vård", False),
    ("Ultraljudsutrustningar", "Akutmottagning Örebro, Område specialiserad vård", False),
    (
        "Underhålls och supportavtal för RIS/PACS",
        "Röntgenkliniken, Område specialiserad vård",
        False,
    ),
    ("UPLC-MS/MS", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    ("Urodynamikutrustning", "Urologiska kliniken, Område specialiserad vård", False),
    ("Videolaparoskopiutrustning", "Kirurgiska kliniken, Område specialiserad vård", False),
    ("Visualiseringsbord", "Kliniskt forskningscentrum, Område forskning och utbildning", False),
    ("Vätskehanteringsrobot", "Laboratoriemedicinska kliniken, Område specialiserad vård", False),
    (
        "Ögonenhet inkl stol, kamera till spaltmik, synprovningstavla digital mm",
        "Habilitering och hjälpmedel, Område nära vård",
        False,
    ),
]

# The diarienummer the appeals section prints for a procurement of the lists.
CASE_NUMBERS = {
    "Ramavtal konsulttjänster komplettering": "21RS4139",
    "Tvätt- och textiltjänster": "21RS4860",
    "Entreprenad Dansens hus": "14OLL6059",
    "Dental Unit": "20RS11828",
}

PERIOD_TEXT = {
    "kommande": "planerad start januari–juni 2022",
    "pagaende": "",
    "avslutad": "avslutad januari–december 2021",
}

# (unit, state) → the procurements of that list
PROCUREMENTS: dict[tuple[str, str], list[tuple[str, str, bool]]] = {
    ("upphandlingsavdelningen", "kommande"): UPCOMING_UPPH,
    ("medicinsk_teknik", "kommande"): UPCOMING_MT,
    ("upphandlingsavdelningen", "pagaende"): ONGOING_UPPH,
    ("medicinsk_teknik", "pagaende"): ONGOING_MT,
    ("upphandlingsavdelningen", "avslutad"): FINISHED_UPPH,
    ("medicinsk_teknik", "avslutad"): FINISHED_MT,
}

# Requirements the report states for every procurement of a finished list (True/False), or
# None where it gives only a count for the list (then the count is in LISTS).
REQUIREMENTS: dict[str, dict[str, bool | None]] = {
    "upphandlingsavdelningen": {"miljokrav": None, "uppforandekod": None, "social_hansyn": False},
    "medicinsk_teknik": {"miljokrav": True, "uppforandekod": True, "social_hansyn": False},
}

# Figures the report gives for a whole list: value in mnkr ("ca"), bids received, and how many
# of the list carried a requirement where the report does not say which.
LISTS: list[dict[str, Any]] = [
    {"unit": "upphandlingsavdelningen", "state": "pagaende", "value_mnkr": "1500"},
    {"unit": "medicinsk_teknik", "state": "pagaende", "value_mnkr": "341"},
    {
        "unit": "upphandlingsavdelningen",
        "state": "avslutad",
        "value_mnkr": "1700",
        "bids": 329,
        "miljokrav": 49,
        "uppforandekod": 49,
    },
    {"unit": "medicinsk_teknik", "state": "avslutad", "value_mnkr": "224", "bids": 48},
]

# Överprövningar 2021: (procurement as printed, dnr, company, claim in our words, state, outcome,
# reported in an earlier year, the procurement of the lists it concerns as (unit, state, title)).
APPEALS: list[tuple[Any, ...]] = [
    (
        "Ramavtal konsulter",
        "21RS4139",
        "Brandskyddslaget AB",
        "Likabehandling och transparens: ett onormalt lågt pris utreddes inte och "
        "utvärderingsmodellen var otydlig.",
        "pagaende",
        "",
        False,
        ("upphandlingsavdelningen", "pagaende", "Ramavtal konsulttjänster komplettering"),
    ),
    (
        "Ramavtal konsulter",
        "21RS4139",
        "White arkitekter AB",
        "Likabehandling: det vinnande anbudet på position 1 uppfyller inte kraven på kapacitet "
        "och referenser och fick för hög poäng.",
        "pagaende",
        "",
        False,
        ("upphandlingsavdelningen", "pagaende", "Ramavtal konsulttjänster komplettering"),
    ),
    (
        "Ramavtal konsulter",
        "21RS4139",
        "Informationsbyggarna AB",
        "Jäv: den upphandlade BIM/CAD-samordnaren kan också vara projekterande part.",
        "pagaende",
        "",
        False,
        ("upphandlingsavdelningen", "pagaende", "Ramavtal konsulttjänster komplettering"),
    ),
    (
        "Ramavtal konsulter",
        "21RS4139",
        "ÅF-Infrastructure AB",
        "Likabehandling och icke-diskriminering: tilldelade timpriser utreddes inte som "
        "onormalt låga anbud.",
        "pagaende",
        "",
        False,
        ("upphandlingsavdelningen", "pagaende", "Ramavtal konsulttjänster komplettering"),
    ),
    (
        "Ramavtal konsulter",
        "21RS4139",
        "KAMTechnology AB",
        "",
        "avslutad",
        "aterkallad",
        False,
        ("upphandlingsavdelningen", "pagaende", "Ramavtal konsulttjänster komplettering"),
    ),
    (
        "Tvätt- och textilservice 2021",
        "21RS4860",
        "Textilia Tvätt & Textilservice AB",
        "",
        "avslutad",
        "avbruten",
        False,
        ("upphandlingsavdelningen", "pagaende", "Tvätt- och textiltjänster"),
    ),
    (
        "Hylläkare",
        "21RS8861",
        "Kletor Sverige AB",
        "",
        "avslutad",
        "aterkallad",
        False,
        None,
    ),
    (
        "Byggentreprenad Dansens hus",
        "14OLL6059",
        "Byggnor AB",
        "",
        "avslutad",
        "aterkallad",
        False,
        ("upphandlingsavdelningen", "pagaende", "Entreprenad Dansens hus"),
    ),
    (
        "MT - Dental unit",
        "20RS11828",
        "Nerikes Dentalservice",
        "Likabehandling: en anbudsgivare som inte uppfyller de obligatoriska kraven tilldelades "
        "medan bolaget uteslöts för ett obligatoriskt krav.",
        "pagaende",
        "",
        True,
        ("medicinsk_teknik", "pagaende", "Dental Unit"),
    ),
]

# What the report printed as counts, sums and averages, as (table, row, column, value): stored
# as published figures so the documents compare them with the figures computed from the rows.
# "5,7" bids per procurement is printed for Upphandlingsavdelningen, but 329/57 is 5,77 (5,8).
PUBLISHED = [
    ("upphandlingar_per_lista", "upphandlingsavdelningen_kommande", "antal", "22"),
    ("upphandlingar_per_lista", "medicinsk_teknik_kommande", "antal", "16"),
    ("upphandlingar_per_lista", "upphandlingsavdelningen_pagaende", "antal", "39"),
    ("upphandlingar_per_lista", "upphandlingsavdelningen_pagaende", "varde_mnkr", "1500"),
    ("upphandlingar_per_lista", "medicinsk_teknik_pagaende", "antal", "32"),
    ("upphandlingar_per_lista", "medicinsk_teknik_pagaende", "varde_mnkr", "341"),
    ("upphandlingar_per_lista", "upphandlingsavdelningen_avslutad", "antal", "57"),
    ("upphandlingar_per_lista", "upphandlingsavdelningen_avslutad", "varde_mnkr", "1700"),
    ("upphandlingar_per_lista", "medicinsk_teknik_avslutad", "antal", "29"),
    ("upphandlingar_per_lista", "medicinsk_teknik_avslutad", "varde_mnkr", "224"),
    ("upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "antal", "57"),
    ("upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "varde_mnkr", "1700"),
    ("upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "anbud", "329"),
    ("upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "snitt_anbud", "5,7"),
    ("upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "miljokrav", "49"),
    ("upphandlingar_sammanstallning", "upphandlingsavdelningen_helar", "uppforandekod", "49"),
    ("upphandlingar_sammanstallning", "medicinsk_teknik_helar", "antal", "29"),
    ("upphandlingar_sammanstallning", "medicinsk_teknik_helar", "varde_mnkr", "224"),
    ("upphandlingar_sammanstallning", "medicinsk_teknik_helar", "anbud", "48"),
    ("upphandlingar_sammanstallning", "medicinsk_teknik_helar", "snitt_anbud", "1,7"),
]
