"""Demo plan data: Servicenämndens verksamhetsplan med budget 2025.

Source: seed 004, section 5 "Målsättningar, styrtal och uppdrag". Format: see FORMAT.md.
A plan, so no follow-up. `continues` points at keys in plan_2024.py.
"""

PLAN = {
    "year": 2025,
    "title": "Verksamhetsplan med budget 2025",
    "item_types": [
        {
            "key": "malomrade",
            "name": "Målområde",
            "name_plural": "Målområden",
            "behaviour": "group",
            "parents": [],
            "summary_label": None,
            "summary_key": None,
        },
        {
            "key": "malsattning",
            "name": "Målsättning",
            "name_plural": "Målsättningar",
            "behaviour": "goal",
            "parents": [],
            "summary_label": "Målsättningar",
            "summary_key": "malsattning",
        },
        {
            "key": "styrtal",
            "name": "Styrtal",
            "name_plural": "Styrtal",
            "behaviour": "indicator",
            "parents": ["malsattning"],
            "summary_label": None,
            "summary_key": None,
        },
        {
            "key": "rf_uppdrag",
            "name": "Uppdrag",
            "name_plural": "Uppdrag från regionfullmäktige",
            "behaviour": "assignment",
            "parents": ["malomrade", "malsattning"],
            "summary_label": "Uppdrag från regionfullmäktige",
            "summary_key": "rf_uppdrag",
        },
        {
            "key": "namnduppdrag",
            "name": "Nämnduppdrag",
            "name_plural": "Nämndens uppdrag",
            "behaviour": "assignment",
            "parents": ["malomrade", "malsattning"],
            "summary_label": "Nämndens uppdrag",
            "summary_key": "namnduppdrag",
        },
        {
            "key": "aktivitet",
            "name": "Aktivitet",
            "name_plural": "Aktiviteter",
            "behaviour": "activity",
            "parents": ["malsattning"],
            "summary_label": None,
            "summary_key": None,
        },
    ],
    "items": [
        {
            "key": "g_servicenamnden_2025",
            "type": "malomrade",
            "label": "",
            "number": None,
            "title": "Mål och uppdrag: Servicenämnden",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": (
                "Uppdrag som fullmäktige gett direkt till servicenämnden, utöver de gemensamma "
                "målområdena."
            ),
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "nr28_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 28",
                    "number": 28,
                    "title": (
                        "Att arbeta med att forma en säker och hotbildsanpassad IT-miljö för "
                        "Region Örebro län."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["it"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nr29_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 29",
                    "number": 29,
                    "title": (
                        "Att tillsammans med övriga nämnder arbeta för en mer effektiv "
                        "inköpsorganisation i Region Örebro län."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["iu"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nr30_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 30",
                    "number": 30,
                    "title": "Att revidera befintlig upphandlingspolicy för Region Örebro län.",
                    "origin": "regionfullmaktige",
                    "units": ["iu"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nr31_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 31",
                    "number": 31,
                    "title": (
                        "Att revidera befintlig fastighetsutvecklingsplan för Region Örebro län."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["fastigheter"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nr32_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 32",
                    "number": 32,
                    "title": (
                        'Att genomföra en "second opinion"-utredning om förslaget att investera '
                        "i en ny anläggning för fjärrkyla på Universitetssjukhuset Örebro. De "
                        "tekniska förutsättningarna ska utredas ytterligare innan investeringen "
                        "kan verkställas och anvisade budgetmedel får ianspråkta."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["fastigheter"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nu_maltid_strategi_2025",
                    "type": "namnduppdrag",
                    "label": "Nämnduppdrag",
                    "number": None,
                    "title": (
                        "Måltidsservice får i uppdrag att ta fram en långsiktig strategisk plan "
                        "för måltidsverksamheten."
                    ),
                    "origin": "namnd",
                    "units": ["kost"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
            ],
        },
        {
            "key": "ms5_2025",
            "type": "malsattning",
            "label": "Målsättning nr 5",
            "number": 5,
            "title": "Forskning och utbildning av hög kvalitet med internationell spets.",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": "Regionservice bidrar främst via IT och medicinsk teknik.",
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "nr44_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 44",
                    "number": 44,
                    "title": "Att verka för nyttiggörande av data inom forskning och innovation.",
                    "origin": "regionfullmaktige",
                    "units": ["it"],
                    "description": "Område IT stöttar med kunskap om datauttag.",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nr45_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 45",
                    "number": 45,
                    "title": (
                        "Att medverka i utvecklingen av universitetssjukvård, särskilt avseende "
                        "medicinteknisk verksamhet."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["mt"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
            ],
        },
        {
            "key": "ms6_2025",
            "type": "malsattning",
            "label": "Målsättning nr 6",
            "number": 6,
            "title": "Digitala lösningar för en enklare vardag för invånare och medarbetare",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": "Digitalisering ses som ett verktyg för effektivare verksamhet.",
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "nr49_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 49",
                    "number": 49,
                    "title": (
                        "Att fortsätta främja den digitala kulturen och utveckla digitala "
                        "arbetsätt."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "pagaende",
                    },
                    "children": [],
                },
                {
                    "key": "nr50_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 50",
                    "number": 50,
                    "title": (
                        "Att erbjuda användarvänliga digitala lösningar till länets invånare, "
                        "organisationer och företag och möta kravet om ”Digitalt först”."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nu_ssc_arendehantering_2025",
                    "type": "namnduppdrag",
                    "label": "Nämnduppdrag",
                    "number": None,
                    "title": (
                        "Shared Service Center får i uppdrag att implementera det nya "
                        "ärendehanteringssystemet."
                    ),
                    "origin": "namnd",
                    "units": ["ssc"],
                    "description": (
                        "Fortsättning på 2024 års uppdrag om ett ärendehanteringssystem."
                    ),
                    "contributes_to": [],
                    "continues": "upp_ssc_arendehantering_2024",
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "pagaende",
                    },
                    "children": [],
                },
                {
                    "key": "nu_ssc_behorighet_2025",
                    "type": "namnduppdrag",
                    "label": "Nämnduppdrag",
                    "number": None,
                    "title": (
                        "Shared Service Center får i uppdrag att implementera arbetsätt kopplade "
                        "till behörighetssystem."
                    ),
                    "origin": "namnd",
                    "units": ["ssc"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
            ],
        },
        {
            "key": "ms7_2025",
            "type": "malsattning",
            "label": "Målsättning nr 7",
            "number": 7,
            "title": "Ansvarsfulla verksamheter med höga ambitioner för hållbar utveckling.",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": "Arbetet utgår från Program för hållbar utveckling 2021-2025.",
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "nr52_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 52",
                    "number": 52,
                    "title": (
                        "Att intensifiera arbetet inom de områden i program för hållbar utveckling "
                        "där Region Örebro län riskerar att inte nå målen för innevarande "
                        "programperiod."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nr53_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 53",
                    "number": 53,
                    "title": (
                        "Att minska Region Örebro läns klimatavtryck genom att arbeta för en "
                        "resurseffektivare och mer cirkulär verksamhet."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "nr54_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 54",
                    "number": 54,
                    "title": (
                        "Att genomföra insatser som syftar till att minska ojämlikhet i hälsa och "
                        "främja delaktighet och inkludering."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
            ],
        },
        {
            "key": "ms8_2025",
            "type": "malsattning",
            "label": "Målsättning nr 8",
            "number": 8,
            "title": "Kompetensförsörjningen är långsiktig.",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": (
                "Attraktiv arbetsgivare följs upp med medarbetarenkäter och handlingsplaner."
            ),
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "hme_2025",
                    "type": "styrtal",
                    "label": "Styrtal 1",
                    "number": 1,
                    "title": (
                        "Hållbart medarbetarengagemang (HME): Ska ligga på en hög nivå inom "
                        "intervallet 77–80 för totalt HME. Strävan är att delindexen motivation, "
                        "styrning och ledarskap ska ligga på en jämnhög nivå."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Intervallet 77–80 står i styrtalet; målvärdena i tabellen är 80."
                    ),
                    "contributes_to": [],
                    "continues": "hme_2024",
                    "indicator": {
                        "measure": "numeric",
                        "unit": "index",
                        "direction": "higher",
                        "decimals": 0,
                        "gender_split": False,
                        "target": {"comparator": ">=", "value": "80", "high": None},
                        "long_term_target": {"comparator": ">=", "value": "80", "high": None},
                        "baseline": {"value": "79", "year": 2021},
                    },
                    "children": [],
                },
                {
                    "key": "sam_2025",
                    "type": "styrtal",
                    "label": "Styrtal 2",
                    "number": 2,
                    "title": (
                        "Systematiskt arbetsmiljöarbete (SAM), bidrar till bra arbetsmiljö och "
                        "till rimliga förutsättningar. Andel chefer som svarat på årlig "
                        "uppföljning av SAM."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Utfallsår 2024 anges men inget värde; målet anges som 90–100 %."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "indicator": {
                        "measure": "numeric",
                        "unit": "%",
                        "direction": "higher",
                        "decimals": 0,
                        "gender_split": False,
                        "target": {"comparator": "range", "value": "90", "high": "100"},
                        "long_term_target": {"comparator": "=", "value": "100", "high": None},
                        "baseline": None,
                    },
                    "children": [],
                },
                {
                    "key": "sjukfranvaro_2025",
                    "type": "styrtal",
                    "label": "Styrtal 3",
                    "number": 3,
                    "title": "Sjukfrånvaron ska minska.",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "indicator": {
                        "measure": "numeric",
                        "unit": "%",
                        "direction": "lower",
                        "decimals": 1,
                        "gender_split": True,
                        "target": {"comparator": "<=", "value": "5.5", "high": None},
                        "long_term_target": {"comparator": "<=", "value": "4.9", "high": None},
                        "baseline": {"value": "6.1", "year": 2023},
                    },
                    "children": [],
                },
                {
                    "key": "nr38_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 38",
                    "number": 38,
                    "title": (
                        "Att beakta den långsiktiga påverkan av kompetensförsörjningen och "
                        "arbetsmiljöperspektivet i de fall det är aktuellt inom nämndens "
                        "ansvarsområde och inför nämndens beslut."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
                {
                    "key": "akt_vardegrund_2025",
                    "type": "aktivitet",
                    "label": "",
                    "number": None,
                    "title": "Fortsätta med aktiviteter kopplat till värdegrundsarbetet.",
                    "origin": "namnd",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "children": [],
                },
            ],
        },
        {
            "key": "ms9_2025",
            "type": "malsattning",
            "label": "Målsättning nr 9",
            "number": 9,
            "title": "En långsiktig stark och hållbar ekonomi med finansiell god hushållning.",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": "Nämnden siktar på en ekonomi i balans under 2025.",
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "budgetunderskott_2025",
                    "type": "styrtal",
                    "label": "Styrtal 3",
                    "number": 3,
                    "title": "Regionstyrelsens och nämndernas budgetunderskott ska minska.",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "Numrerat 3 i planen, liksom sjukfrånvaron under målsättning 8.",
                    "contributes_to": [],
                    "continues": None,
                    "indicator": {
                        "measure": "numeric",
                        "unit": "mnkr",
                        "direction": "lower",
                        "decimals": 1,
                        "gender_split": False,
                        "target": {"comparator": "<=", "value": "0", "high": None},
                        "long_term_target": {"comparator": "<=", "value": "0", "high": None},
                        "baseline": {"value": "0", "year": 2023},
                    },
                    "children": [],
                },
                {
                    "key": "nr35_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 35",
                    "number": 35,
                    "title": "Att fortsätta arbetet med handlingsplaner för ekonomi i balans.",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Handlingsplanen från 2023 revideras för att nå balans under 2025."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "pagaende",
                    },
                    "children": [],
                },
            ],
        },
        {
            "key": "g_beredskap_2025",
            "type": "malomrade",
            "label": "",
            "number": None,
            "title": "Beredskap och säkerhet",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": "Kontinuitetsplanering ska säkra leveranserna vid störningar.",
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "nr57_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 57",
                    "number": 57,
                    "title": (
                        "Att beredskaps- och säkerhetsfrågor beaktas i de sammanhang där det "
                        "behövs."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
            ],
        },
        {
            "key": "g_valfardsbrott_2025",
            "type": "malomrade",
            "label": "",
            "number": None,
            "title": "Allmänt (välfärdsbrottslighet)",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": (
                "Förebyggande arbete mot välfärdsbrott, bland annat via internkontrollen."
            ),
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "nr58_2025",
                    "type": "rf_uppdrag",
                    "label": "Nr 58",
                    "number": 58,
                    "title": "Att förebygga och motverka välfärdsbrottslighet.",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Särskilt fokus 2025 på fastigheter, inköp och upphandling samt Shared "
                        "Service Center."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "assignment": {
                        "dnr": None,
                        "paragraph": None,
                        "due": None,
                        "state": "ej_paborjat",
                    },
                    "children": [],
                },
            ],
        },
    ],
}
