"""Demo economy data: Servicenämndens verksamhetsplan med budget 2024.

Source: seed 003, section 6 (6.2 Ekonomiska nyckeltal, 6.3 Resultatbudget, 6.4 Driftbudget,
6.5 Investeringsbudget), the appendix "Bilaga: Investeringar, äskande 2024" and the
Handlingsplan "Åtgärder för en ekonomi i balans" (2023-10-19). Format: see FORMAT_ECONOMY.md.
Detail rows are transcribed as printed; every printed total is in "published" (or
"published_total" / "published_summary"), mistakes included.
"""

ECONOMY = {
    "year": 2024,
    "document": "verksamhetsplan",
    "versions": [
        {
            "kind": "budget",
            "year": 2024,
            "name": "Budget 2024",
            "revision": 1,
            "lines": {
                "ovriga_intakter": "2380",
                "personalkostnader": "-665",
                "ovriga_kostnader": "-1230",
                "avskrivningar_inventarier": "-62",
                "avskrivningar_fastigheter": "-242",
                "finansnetto": "-150",
                "fastighetsfinansiering": "-7.8",
            },
            "investments": {
                "byggnader": "203.8",
                "medicinteknisk": "0",
                "it": "141.5",
                "ovrig": "27.2",
            },
            "investments_carried_over": {},
            "key_figures": {"lonekostnadsokningstakt": "-3.0"},
            "areas": {
                "fastigheter": {"omsattning": "1135", "budgetram": "0"},
                "forsorjning": {"omsattning": "370", "budgetram": "0"},
                "iu": {"omsattning": "100", "budgetram": "0"},
                "it": {"omsattning": "475", "budgetram": "0"},
                "mt": {"omsattning": "90", "budgetram": "0"},
                "ssc": {"omsattning": "100", "budgetram": "0"},
                "gemensamt": {"omsattning": "110", "budgetram": "-23.2"},
            },
        },
        {
            "kind": "prognos",
            "year": 2023,
            "name": "Prognos 2023",
            "revision": 1,
            "lines": {
                "ovriga_intakter": "2394.5",
                "personalkostnader": "-688.2",
                "ovriga_kostnader": "-1284.2",
                "avskrivningar_inventarier": "-63.2",
                "avskrivningar_fastigheter": "-240.5",
                "finansnetto": "-68.5",
                "fastighetsfinansiering": "-88.3",
            },
            "investments": {
                "byggnader": "361.0",
                "medicinteknisk": "0",
                "it": "74.0",
                "ovrig": "32.0",
            },
            "investments_carried_over": {},
            "key_figures": {"lonekostnadsokningstakt": "7.8"},
            "areas": {
                # The budgetram cell of Område fastigheter is blank in the seed.
                "fastigheter": {"omsattning": "1136.5", "budgetram": None},
                "forsorjning": {"omsattning": "386.6", "budgetram": "0"},
                "iu": {"omsattning": "15.5", "budgetram": "0"},
                "it": {"omsattning": "487.0", "budgetram": "0"},
                "mt": {"omsattning": "88.2", "budgetram": "0"},
                "ssc": {"omsattning": "150.0", "budgetram": "0"},
                "gemensamt": {"omsattning": "130.7", "budgetram": "51.7"},
            },
        },
        {
            "kind": "budget",
            "year": 2023,
            "name": "Budget 2023",
            "revision": 1,
            "lines": {
                "ovriga_intakter": "2381.4",
                "personalkostnader": "-692.8",
                "ovriga_kostnader": "-1283.7",
                "avskrivningar_inventarier": "-62.3",
                "avskrivningar_fastigheter": "-239.6",
                "finansnetto": "-66.4",
                "fastighetsfinansiering": "-88.3",
            },
            "investments": {
                "byggnader": "347.5",
                "medicinteknisk": "0",
                "it": "96.9",
                "ovrig": "15.0",
            },
            "investments_carried_over": {},
            # Printed "3,0%".
            "key_figures": {"lonekostnadsokningstakt": "3.0"},
            "areas": {},
        },
    ],
    "operating_report": [],
    "published": [
        # 6.3 Resultatbudget: sum rows
        ("resultatrapport", "summa_intakter", "budget", "2380"),
        ("resultatrapport", "summa_intakter", "prognos", "2394.5"),
        ("resultatrapport", "summa_intakter", "budget_fg", "2381.4"),
        ("resultatrapport", "summa_kostnader", "budget", "-2199"),
        ("resultatrapport", "summa_kostnader", "prognos", "-2276.1"),
        ("resultatrapport", "summa_kostnader", "budget_fg", "-2278.4"),
        ("resultatrapport", "verksamhetens_nettokostnad", "budget", "181"),
        ("resultatrapport", "verksamhetens_nettokostnad", "prognos", "118.4"),
        ("resultatrapport", "verksamhetens_nettokostnad", "budget_fg", "103.0"),
        ("resultatrapport", "resultat", "budget", "23.2"),
        ("resultatrapport", "resultat", "prognos", "-38.4"),
        ("resultatrapport", "resultat", "budget_fg", "-51.7"),
        # 6.4 Driftbudget: Summa row
        ("driftbudget", "summa", "omsattning", "2380"),
        ("driftbudget", "summa", "budgetram", "-23.2"),
        ("driftbudget", "summa", "omsattning_prognos", "2394.5"),
        ("driftbudget", "summa", "budgetram_prognos", "51.7"),
        # 6.5 Investeringsbudget: Summa row
        ("investeringar", "summa", "budget", "372.5"),
        ("investeringar", "summa", "prognos", "467.0"),
        ("investeringar", "summa", "budget_fg", "459.4"),
    ],
    "building_projects": [],
    # Bilaga: Investeringar, äskande 2024 Servicenämnden. Group names without the trailing
    # colon the seed prints after some of them.
    "investment_objects": [
        {
            "category": "byggnader",
            "heading": "Fastighetsinvesteringar 2024",
            "groups": [
                {
                    "name": "Servicenämnden övriga områden",
                    "objects": [
                        ("", "RSERV ÖVR Verksamhetsförändringar", "1.8"),
                    ],
                },
                {
                    "name": "Servicenämnden, fastigheter",
                    "objects": [
                        ("", "RS ftg Energieffektiviseringar, pott", "5.0"),
                        ("", "RS ftg Reinvesteringar, pott", "70.0"),
                        ("", "RS ftg Brandskyddsåtgärder länet", "16.0"),
                        ("", "RS ftg Säkerhetsanpassning teknikutrymmen", "2.5"),
                        (
                            "",
                            "RS ftg Lagkrav, åtgärder på system för medicinska gaser, länet",
                            "10.0",
                        ),
                        ("", "RS ftg Lagkrav laddstolpar parkering", "1.0"),
                        ("", "RS ftg Radonåtgärder, länet", "5.0"),
                        ("", "RS ftg USÖ Nätstationer", "23.5"),
                        (
                            "",
                            "RS ftg USÖ M-huset, Utbyte rumsstyrning värme och ventilation",
                            "2.0",
                        ),
                        ("", "RS ftg USÖ M-huset, renovering bassäng", "20.0"),
                        ("", "RS ftg Karlskoga lasarett Nätstation", "6.0"),
                        ("", "RS ftg Lindesbergs lasarett Nätstation", "6.0"),
                        ("", "RS ftg Karlskoga lasarett Åtgärder fasader och fönster", "10.0"),
                        ("", "RS ftg Omdisponering verksamhetslokaler Museet", "10.0"),
                    ],
                },
                {
                    "name": "Övrigt",
                    "objects": [
                        ("", "Rs ftg Förstudie, planering och projektering, pott", "15.0"),
                    ],
                },
            ],
            "published": [
                ("Servicenämnden totalt:", "188.8"),
                ("Summa fastighetsinvesteringar 2024", "203.8"),
            ],
        },
        {
            "category": "it",
            "heading": "IT investeringar 2024",
            "groups": [
                {
                    "name": "Vårdsystem",
                    "objects": [
                        ("", "Servrar, hårdvara", "4.8"),
                        ("", "Lagring, utbyggnad och ny lösning", "13.1"),
                        ("", "Certifikat, licenser", "8.6"),
                    ],
                },
                {
                    "name": "Driftstjänster",
                    "objects": [
                        (
                            "",
                            "Datacenter-switchar, linjemoduler, licenser, optik, management",
                            "13.5",
                        ),
                    ],
                },
                {
                    "name": "Bastjänst-system",
                    "objects": [
                        ("", "Stamnät, accessnät", "23.3"),
                        ("", "WiFi nät", "15.3"),
                        ("", "Teknik, säkerhet, övervakning", "10.0"),
                    ],
                },
                {
                    "name": "Övriga system",
                    "objects": [
                        ("", "Datorer, skärmar, dockningsstationer, tangentbord, möss", "39.9"),
                        (
                            "",
                            "Interaktiva skärmar, vanliga skärmar och videosystem för konferensrum",
                            "13.0",
                        ),
                    ],
                },
            ],
            "published": [
                ("Summa IT investeringar 2024", "141.5"),
            ],
        },
        {
            "category": "ovrig",
            "heading": "Övriga investeringar 2024",
            "groups": [
                {
                    "name": "Övrig utrustning",
                    "objects": [
                        (
                            "Försörjning",
                            "Digitalt städsystem, tvättmaskiner, truckar, avfallskomprimator övrigt",
                            "4.2",
                        ),
                        ("Regionhuset", "Inredning och skyltar", "15.0"),
                    ],
                },
                {
                    "name": "Byggansluten utrustning",
                    "objects": [
                        # No object description printed for this row.
                        ("Kundtjänst", "", "0.3"),
                        (
                            "Regionhuset",
                            "Utrustning kontor, Receptionsdisk, godsmott. Kortläsar- och "
                            "Porttelefonsystem, Inbrottslarm, Mobilt inomhusnät mm",
                            "7.7",
                        ),
                    ],
                },
            ],
            "published": [
                ("Summa övriga investeringar 2024", "27.2"),
            ],
        },
    ],
}


# Handlingsplan "Åtgärder för en ekonomi i balans", Servicenämnden, 2023-10-19.
# Effects in tkr per year 2024, 2025, 2026; fte = Antal årsarbetare (åa) 2024.
SAVINGS_PLAN = {
    "title": "Åtgärder för en ekonomi i balans",
    "decided_on": "2023-10-19",
    "first_year": 2024,
    "years": [2024, 2025, 2026],
    "required_saving_tkr": "75800",
    "areas": [
        {
            "unit": "stab",
            "measures": [
                {
                    "category": "intakter",
                    "label": "Intäkter",
                    "effects": ["964", "964", "964"],
                    "fte": None,
                    "description": "Intäkterna ökar främst genom nya uppdrag som staben har fått.",
                    "consequence": None,
                    "consequence_text": "Konsekvensanalysen bedömer inte intäktsåtgärden.",
                },
                {
                    "category": "personal",
                    "label": "Personalkostnadsreduceringar",
                    "effects": ["2800", "2800", "2800"],
                    "fte": "3",
                    "description": "Vakanta tjänster återbesätts inte: en arkivarie och två projektledare.",
                    "consequence": None,
                    "consequence_text": "Arkivariegruppen blir sårbarare och etableringen av ett projektkontor försvåras; ingen grad anges.",
                },
                {
                    "category": "ovriga",
                    "label": "Övriga kostnadsreduceringar",
                    "effects": ["219", "219", "219"],
                    "fte": None,
                    "description": "Lägre kostnader för kurser, konferenser och resor till dessa.",
                    "consequence": None,
                    "consequence_text": "Konsekvensanalysen bedömer inte denna åtgärd.",
                },
            ],
            "published_total": {"effects": ["3983", "3983", "3983"], "fte": "3"},
        },
        {
            "unit": "fastigheter",
            "measures": [
                {
                    "category": "intakter",
                    "label": "Intäkter",
                    "effects": ["1500", "1500", "1500"],
                    "fte": None,
                    "description": "Parkeringsavgift återinförs vid Karlskoga lasarett.",
                    "consequence": "kannbar",
                    "consequence_text": "Att återinföra parkeringsavgiften bedöms som en kännbar konsekvens.",
                },
                {
                    "category": "personal",
                    "label": "Personalreduceringar",
                    "effects": ["4380", "3840", "3840"],
                    "fte": "5",
                    "description": "Flera tjänster och säsongsarbetare vakanshålls.",
                    "consequence": None,
                    "consequence_text": "Området utreder skiftarbete i stället för jour vid helikopterflygplatsen; ingen grad anges.",
                },
                {
                    "category": "ovriga",
                    "label": "Övriga kostnadsreduceringar",
                    "effects": ["23429", "26987", "40057"],
                    "fte": None,
                    "description": "Externa lokaler sägs upp, fastigheter säljs, energin effektiviseras, underhåll skjuts upp och delar av verksamhetsservice pausas.",
                    "consequence": "lindrig",
                    "consequence_text": "Förtätning i externa lokaler och sänkt ambition i utemiljö och inredning bedöms lindriga, men uppskjutet underhåll ger risk för dyrare haverier.",
                },
            ],
            "published_total": {"effects": ["29309", "32327", "45397"], "fte": "5"},
        },
        {
            "unit": "forsorjning",
            "measures": [
                {
                    "category": "intakter",
                    "label": "Intäkter",
                    "effects": ["1200", "1200", "1200"],
                    "fte": None,
                    "description": "Lunchpriset i personalrestaurangerna höjs och fikaförmånen kan förändras.",
                    "consequence": None,
                    "consequence_text": "Ingen större konsekvens i sig, men arbetsgivaren kan uppfattas som mindre attraktiv och effekten kan utebli om gästerna blir färre.",
                },
                {
                    "category": "personal",
                    "label": "Personalreducering/vakans",
                    "effects": ["13649", "15249", "15249"],
                    "fte": "30.5",
                    "description": "Färre årsarbetare genom nya arbetssätt, lägre servicegrad och vakanshållning, bland annat förändrad måltidsleverans till Lindesbergs lasarett och minskad städfrekvens.",
                    "consequence": None,
                    "consequence_text": "Kunderna får lägre servicenivå och arbetsmiljön kan påverkas, med risk för kompetenstapp; ingen grad anges.",
                },
                {
                    "category": "ovriga",
                    "label": "Övriga kostnadsreduceringar",
                    "effects": ["4195", "4195", "4195"],
                    "fte": None,
                    "description": "Färre resor och transporter genom förändrade arbetssätt.",
                    "consequence": None,
                    "consequence_text": "Konsekvensanalysen bedömer inte denna åtgärd särskilt.",
                },
            ],
            "published_total": {"effects": ["19044", "20644", "20644"], "fte": "30.5"},
        },
        {
            "unit": "iu",
            "measures": [
                {
                    "category": "ovriga",
                    "label": "Övriga kostnadsreduceringar",
                    "effects": ["813", "813", "813"],
                    "fte": None,
                    "description": "Många små besparingar, bland annat mer användning av nationella avtal och färre externa upphandlingskonsulter.",
                    "consequence": "forsumbar",
                    "consequence_text": "Påverkan på verksamheten bedöms försumbar eftersom flera budgetposter minskas lite.",
                },
            ],
            "published_total": {"effects": ["813", "813", "813"], "fte": "0"},
        },
        {
            "unit": "it",
            "measures": [
                {
                    "category": "personal",
                    "label": "Personalkostnadsreduceringar",
                    "effects": ["2880", "2880", "2880"],
                    "fte": "3",
                    "description": "Tre tjänster vakanshålls på grund av anställningsstoppet.",
                    "consequence": None,
                    "consequence_text": "Vakanshållningen försämrar leveransförmågan; ingen grad anges.",
                },
                {
                    "category": "ovriga",
                    "label": "Övriga kostnadsreduceringar",
                    "effects": ["23840", "27840", "27840"],
                    "fte": None,
                    "description": "Lagring och e-post flyttas till molntjänster, billigare Microsoft 365-licenser används och Coromaticavtalet ersätts.",
                    "consequence": None,
                    "consequence_text": "Lösningarna bedöms mer kostnadseffektiva utan sämre kvalitet, även om F3-licensen ger färre funktioner; ingen grad anges.",
                },
            ],
            "published_total": {"effects": ["26720", "30720", "30720"], "fte": "3"},
        },
        {
            "unit": "mt",
            "measures": [
                {
                    "category": "personal",
                    "label": "Personalkostnadsreduceringar",
                    "effects": ["2120", "2120", "2120"],
                    "fte": "3",
                    "description": "En projektsamordnartjänst vakanshålls, vikarier tas inte in och ingen forskningsledare rekryteras.",
                    "consequence": "kannbar",
                    "consequence_text": "Utan forskningsledare kan vården inte få avsett stöd vid kliniska prövningar, vilket bedöms kännbart.",
                },
                {
                    "category": "ovriga",
                    "label": "Övriga kostnadsreduceringar",
                    "effects": ["2940", "2940", "2940"],
                    "fte": None,
                    "description": "Färre resor kopplade till upphandlingar och färre eller mindre serviceavtal för medicinteknisk utrustning.",
                    "consequence": "kannbar",
                    "consequence_text": "Färre resor bedöms kännbart för sakkunskapen, medan minskade serviceavtal bedöms lindrigt.",
                },
            ],
            "published_total": {"effects": ["5060", "5060", "5060"], "fte": "3"},
        },
        {
            "unit": "ssc",
            "measures": [
                {
                    "category": "intakter",
                    "label": "Intäkter",
                    "effects": ["250", "250", "250"],
                    "fte": None,
                    "description": "Priserna mot externa kunder höjs.",
                    "consequence": "forsumbar",
                    "consequence_text": "Höjda priser ger ingen eller liten konsekvens.",
                },
                {
                    "category": "personal",
                    "label": "Personalkostnadsreduceringar",
                    "effects": ["1750", "1600", "1600"],
                    "fte": "3",
                    "description": "Tre vakanta ekonomtjänster tillsätts inte.",
                    "consequence": "kannbar",
                    "consequence_text": "Färre medarbetare bromsar utvecklingen och kan ge längre handläggningstider och sämre arbetsmiljö.",
                },
                {
                    "category": "ovriga",
                    "label": "Övriga kostnadsreduceringar",
                    "effects": ["420", "1920", "1920"],
                    "fte": None,
                    "description": "Främst övergång till en basmodell för telefoni, med effekt från 2025.",
                    "consequence": "lindrig",
                    "consequence_text": "Konsekvensen bedöms lindrig.",
                },
            ],
            "published_total": {"effects": ["2420", "3770", "3770"], "fte": "3"},
        },
    ],
    # "Summering av samtliga åtgärder" as printed: (category, effects 2024-2026, fte 2024)
    "published_summary": [
        ("intakter", ["3914", "3914", "3914"], None),
        ("personal", ["27039", "28489", "28489"], "49"),
        ("ovriga", ["53801", "64914", "77984"], None),
        ("totalsumma", ["84754", "97317", "110387"], "49"),
    ],
}
