"""Demo economy data: Servicenämndens verksamhetsplan med budget 2025.

Source: seed 004, section 6 (6.2 Ekonomiska nyckeltal, 6.3 Resultatbudget, 6.4 Driftbudget,
6.5 Investeringsbudget) and "Bilaga 1: Investeringar, äskande 2025". Format: see
FORMAT_ECONOMY.md. Detail rows are transcribed as printed; every printed total is in
"published", mistakes included.
"""

ECONOMY = {
    "year": 2025,
    "document": "verksamhetsplan",
    "versions": [
        {
            "kind": "budget",
            "year": 2025,
            "name": "Budget 2025",
            "revision": 1,
            "lines": {
                "ovriga_intakter": "2528.8",
                "personalkostnader": "-633.6",
                "ovriga_kostnader": "-1285.7",
                "avskrivningar_inventarier": "-62.6",
                "avskrivningar_fastigheter": "-275.1",
                "finansnetto": "-150.0",
                "fastighetsfinansiering": "-120.0",
            },
            # Excludes the tilläggsbudget to be decided in quarter 2 2025 (note under 6.5).
            "investments": {"byggnader": "361.2", "it": "98.9", "ovrig": "6.9"},
            "investments_carried_over": {},
            "key_figures": {"lonekostnadsokningstakt": "-5.7"},
            "areas": {
                "fastigheter": {"omsattning": "1261.8", "budgetram": "21.0"},
                "forsorjning": {"omsattning": "372.6", "budgetram": "15.3"},
                "iu": {"omsattning": "16.4", "budgetram": "0.8"},
                "it": {"omsattning": "487.6", "budgetram": "23.4"},
                "mt": {"omsattning": "90.3", "budgetram": "3.1"},
                "ssc": {"omsattning": "195.0", "budgetram": "4.2"},
                "gemensamt": {"omsattning": "105.1", "budgetram": "-66.0"},
            },
        },
        {
            "kind": "prognos",
            "year": 2024,
            "name": "Prognos 2024",
            "revision": 1,
            "lines": {
                "ovriga_intakter": "2535.3",
                "personalkostnader": "-672.1",
                "ovriga_kostnader": "-1295.1",
                "avskrivningar_inventarier": "-68.8",
                "avskrivningar_fastigheter": "-266.2",
                "finansnetto": "-148.0",
                "fastighetsfinansiering": "-115.9",
            },
            "investments": {
                "immateriella": "0",
                "byggnader": "300.0",
                "it": "103.5",
                "ovrig": "46.9",
            },
            "investments_carried_over": {},
            "key_figures": {"lonekostnadsokningstakt": "0.3"},
            "areas": {
                "fastigheter": {"omsattning": "1265.0", "budgetram": "21.0"},
                "forsorjning": {"omsattning": "373.6", "budgetram": "15.3"},
                "iu": {"omsattning": "16.4", "budgetram": "0.8"},
                "it": {"omsattning": "488.9", "budgetram": "23.4"},
                "mt": {"omsattning": "90.5", "budgetram": "3.1"},
                "ssc": {"omsattning": "195.5", "budgetram": "4.2"},
                "gemensamt": {"omsattning": "105.4", "budgetram": "-66.0"},
            },
        },
        {
            # Differs from "Budget 2024" in economy_2024.py, hence revision 2.
            "kind": "budget",
            "year": 2024,
            "name": "Budget 2024",
            "revision": 2,
            "lines": {
                "ovriga_intakter": "2629.9",
                "personalkostnader": "-718.3",
                "ovriga_kostnader": "-1315.7",
                "avskrivningar_inventarier": "-72.2",
                "avskrivningar_fastigheter": "-258.8",
                "finansnetto": "-147.2",
                "fastighetsfinansiering": "-115.9",
            },
            "investments": {"byggnader": "908.2", "it": "141.5", "ovrig": "52.5"},
            "investments_carried_over": {},
            "key_figures": {"lonekostnadsokningstakt": "-3.0"},
            "areas": {},
        },
    ],
    "operating_report": [],
    "published": [
        # 6.3 Resultatbudget: sum rows
        ("resultatrapport", "summa_intakter", "budget", "2528.8"),
        ("resultatrapport", "summa_intakter", "prognos", "2535.3"),
        ("resultatrapport", "summa_intakter", "budget_fg", "2629.9"),
        ("resultatrapport", "summa_kostnader", "budget", "-2257.0"),
        ("resultatrapport", "summa_kostnader", "prognos", "-2302.2"),
        ("resultatrapport", "summa_kostnader", "budget_fg", "-2365.0"),
        ("resultatrapport", "verksamhetens_nettokostnad", "budget", "271.8"),
        ("resultatrapport", "verksamhetens_nettokostnad", "prognos", "233.1"),
        ("resultatrapport", "verksamhetens_nettokostnad", "budget_fg", "264.9"),
        ("resultatrapport", "resultat", "budget", "1.8"),
        ("resultatrapport", "resultat", "prognos", "-30.8"),
        ("resultatrapport", "resultat", "budget_fg", "1.8"),
        # 6.4 Driftbudget: Summa row
        ("driftbudget", "summa", "omsattning", "2528.8"),
        ("driftbudget", "summa", "budgetram", "1.8"),
        ("driftbudget", "summa", "omsattning_prognos", "2535.3"),
        ("driftbudget", "summa", "budgetram_prognos", "1.8"),
        # 6.5 Investeringsbudget: Summa row
        ("investeringar", "summa", "budget", "467.0"),
        ("investeringar", "summa", "prognos", "450.4"),
        ("investeringar", "summa", "budget_fg", "1102.2"),
    ],
    "building_projects": [],
    # Bilaga 1: Investeringar, äskande 2025 Servicenämnden. Group names without the trailing
    # colon the seed prints after some of them.
    "investment_objects": [
        {
            "category": "byggnader",
            "heading": "Fastighetsinvesteringar 2025",
            "groups": [
                {
                    "name": "Servicenämnden övriga områden",
                    "objects": [
                        ("", "RSERV ÖVR Verksamhetsförändringar", "1.8"),
                        (
                            "",
                            "RSERV ÖVR USÖ M-huset, Ombyggnation arbetsplatser medicinsk teknik",
                            "2.0",
                        ),
                    ],
                },
                {
                    "name": "Servicenämnden, fastigheter robusthet, lagkrav och energi",
                    "objects": [
                        ("", "RS ftg Brandskyddsåtgärder länet", "5.0"),
                        # The same name is printed on two rows with different amounts.
                        ("", "RS ftg Brandskyddsåtgärder länet", "21.5"),
                        ("", "RS ftg Länet, Utökad taksäkerhet, lagkrav", "1.5"),
                        ("", "RS ftg Länet, Utbyte T8-lysrör, lagkrav", "2.5"),
                        (
                            "",
                            "RS ftg USÖ T-huset, nybyggnad kylcentral inklusive reservkyla",
                            "150.0",
                        ),
                        (
                            "",
                            "Klimatanslag för laddinfrastruktur på parkeringar för verksamhetsbilar",
                            "5.0",
                        ),
                        ("", "RS ftg Säkerhetsanpassning teknikutrymmen", "2.5"),
                        (
                            "",
                            "RS ftg Lagkrav, åtgärder på system för medicinska gaser, länet",
                            "5.0",
                        ),
                        ("", "RS ftg USÖ, avveckling centralånga", "5.0"),
                        ("", "RS ftg Radonåtgärder länet, lagkrav", "5.0"),
                    ],
                },
                {
                    "name": "Servicenämnden, fastigheter reinvestering",
                    "objects": [
                        ("", "RS ftg Reinvesteringar, pott", "70.0"),
                        ("", "RS ftg Karlskoga lasarett Nätstationer, elförsörjning", "3.0"),
                        ("", "RS ftg Lindesbergs lasarett Nätstationer, elförsörjning", "2.5"),
                        ("", "RS ftg USÖ Nätstationer, elförsörjning", "6.3"),
                        ("", "RS ftg Länet, utbyte hissar", "2.0"),
                    ],
                },
                {
                    "name": "Servicenämnden externa hyresgäster",
                    "objects": [
                        ("", "RST Omdisponering verksamhetslokaler Museet", "70.6"),
                    ],
                },
            ],
            "published": [
                # Published mistake: the 2025 table's total is labelled "2024".
                ("Summa fastighetsinvesteringar 2024", "361.2"),
            ],
        },
        {
            "category": "it",
            "heading": "IT investeringar 2025",
            "groups": [
                {
                    "name": "Lagring",
                    "objects": [
                        (
                            "",
                            "Primärlagring Primera, Backup, Qumolo R & F-hallen samt kulvert",
                            "7.9",
                        ),
                    ],
                },
                {
                    "name": "Serverhårdvara",
                    "objects": [
                        ("", "Fortsatt avveckling av gamla OS/HW", "2.5"),
                        ("", "Vmware utökning citrixmiljö, testkluster av ny Hypervisor", "2.7"),
                    ],
                },
                {
                    "name": "Driftstjänster",
                    "objects": [
                        (
                            "",
                            "Datacenter-switchar, linjemoduler, licenser, optik, management",
                            "2.5",
                        ),
                    ],
                },
                {
                    "name": "Bastjänst-system",
                    "objects": [
                        ("", "Stamnät, accessnät", "13.5"),
                        ("", "WiFi nät", "12.5"),
                        ("", "Teknik, säkerhet, beredskapslager", "7.8"),
                    ],
                },
                {
                    "name": "Övriga system",
                    "objects": [
                        ("", "Datorer, skärmar, dockningsstationer, tangentbord, möss", "35"),
                        (
                            "",
                            "Interaktiva skärmar, vanliga skärmar och videosystem för konferensrum",
                            "7",
                        ),
                    ],
                },
                {
                    "name": "Nya lösningar",
                    "objects": [
                        (
                            "",
                            "Datahallsredundant filserverlösning, övervakning, utökad antivirus",
                            "7.5",
                        ),
                    ],
                },
            ],
            "published": [
                ("Summa IT investeringar 2025", "98.9"),
            ],
        },
        {
            "category": "ovrig",
            "heading": "Övriga investeringar 2025",
            "groups": [
                {
                    "name": "Teknisk övrig utrustning",
                    "objects": [
                        (
                            "Regionservice och folktandvården övergripande",
                            "Uppgradering passer- och låssystem samt ökade krav på skalskydd",
                            "1.6",
                        ),
                    ],
                },
                {
                    "name": "Övriga investeringar",
                    "objects": [
                        ("Fastigheter", "Fordon", "1.0"),
                        ("Shared Service Center", "Ventilation telefonväxeln", "0.8"),
                        ("Shared Service Center", "Ärendehanteringssystem, immateriell", "1.9"),
                        (
                            "Försörjningen",
                            "Tvättmaskiner, torktumlare, skurmaskin, patienttruck, övrigt",
                            "1.6",
                        ),
                    ],
                },
            ],
            "published": [
                ("Summa övriga investeringar 2025", "6.9"),
            ],
        },
    ],
}
