"""Demo plan data: Servicenämndens verksamhetsplan med budget 2024.

Source: seed 003, section 5 "Mål, strategier och uppdrag". Format: see FORMAT.md.
A plan, so no follow-up. `continues` points at keys in plan_2021.py.
"""

PLAN = {
    "year": 2024,
    "title": "Verksamhetsplan med budget 2024",
    "item_types": [
        {
            "key": "perspektiv",
            "name": "Perspektiv",
            "name_plural": "Perspektiv",
            "behaviour": "group",
            "parents": [],
            "summary_label": None,
            "summary_key": None,
        },
        {
            "key": "strategi",
            "name": "Strategi",
            "name_plural": "Strategier",
            "behaviour": "group",
            "parents": ["perspektiv"],
            "summary_label": None,
            "summary_key": None,
        },
        {
            "key": "effektmal",
            "name": "Effektmål",
            "name_plural": "Effektmål",
            "behaviour": "goal",
            "parents": ["perspektiv"],
            "summary_label": "Effektmål från regionfullmäktige",
            "summary_key": "effektmal",
        },
        {
            "key": "namndmal",
            "name": "Mål",
            "name_plural": "Nämndens mål",
            "behaviour": "goal",
            "parents": ["strategi", "effektmal"],
            "summary_label": "Nämndens mål",
            "summary_key": "namndmal",
        },
        {
            "key": "indikator",
            "name": "Indikator",
            "name_plural": "Indikatorer",
            "behaviour": "indicator",
            "parents": ["namndmal", "effektmal"],
            "summary_label": None,
            "summary_key": None,
        },
        {
            "key": "namnduppdrag",
            "name": "Uppdrag",
            "name_plural": "Nämndens uppdrag",
            "behaviour": "assignment",
            "parents": ["strategi", "namndmal", "effektmal"],
            "summary_label": "Nämndens uppdrag",
            "summary_key": "namnduppdrag",
        },
    ],
    "items": [
        {
            "key": "p_invanare_2024",
            "type": "perspektiv",
            "label": "Perspektiv",
            "number": None,
            "title": "Invånare och samhälle",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": (
                "Övergripande perspektiv som nämnden bidrar till via process och resurs."
            ),
            "contributes_to": [],
            "continues": None,
            "children": [],
        },
        {
            "key": "p_process_2024",
            "type": "perspektiv",
            "label": "Perspektiv",
            "number": None,
            "title": "Process",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": "Strategier för arbetssätt och processer.",
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "s_kvalitet_2024",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Kvalitet och utveckling",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Fem evidensbaserade strategier styr förvaltningens kvalitets- och "
                        "utvecklingsarbete."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "children": [
                        {
                            "key": "mal_partner_2024",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": "Regionservice är en möjliggörande och värdeskapande partner.",
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": (
                                "Förvaltningen ska skapa värde tillsammans med sina kunder."
                            ),
                            "contributes_to": [],
                            "continues": None,
                            "children": [
                                {
                                    "key": "ind_samverkansforum_2024",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Det finns samverkans- och utvecklingsforum med kund för "
                                        "strategiska diskussioner och gemensamma prioriteringar."
                                    ),
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "indicator": {
                                        "measure": "qualitative",
                                        "unit": "",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": None,
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "ind_kundinvolvering_2024",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Verksamheten involverar kunder i förbättringsarbeten. "
                                        "Kundernas krav och behov och vår strategiska roll ska "
                                        "vara utgångspunkt i verksamhetens utveckling."
                                    ),
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "indicator": {
                                        "measure": "qualitative",
                                        "unit": "",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": None,
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "children": [],
                                },
                            ],
                        },
                        {
                            "key": "mal_medarbetare_2024",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": (
                                "Våra medarbetare är involverade, motiverade och driver med eget "
                                "initiativ ständiga förbättringar. I vår verksamhet är tillit och "
                                "delaktighet ledord!"
                            ),
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "Medarbetarna ska själva driva förbättringsarbetet.",
                            "contributes_to": [],
                            "continues": None,
                            "children": [
                                {
                                    "key": "ind_forandringsledning_2024",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Kompetens i förändringsledning ska öka i vår verksamhet."
                                    ),
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "indicator": {
                                        "measure": "qualitative",
                                        "unit": "",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": None,
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "ind_standiga_forbattringar_2024",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Utveckling sker systematiskt och metodiskt genom ständiga "
                                        "förbättringar. Verksamheten arbetar aktivt med "
                                        "avvikelsehantering och värdeflödesanalyser."
                                    ),
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "indicator": {
                                        "measure": "qualitative",
                                        "unit": "",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": None,
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "hme_motivation_2024",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": "HME delindex Motivation ska öka.",
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": "hme_motivation",
                                    "indicator": {
                                        "measure": "numeric",
                                        "unit": "index",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": None,
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "hme_ledning_2024",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": "HME delindex Ledning ska bibehållas eller öka.",
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": "hme_ledning",
                                    "indicator": {
                                        "measure": "numeric",
                                        "unit": "index",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": None,
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "children": [],
                                },
                            ],
                        },
                        {
                            "key": "upp_serviceutbud_2024",
                            "type": "namnduppdrag",
                            "label": "Uppdrag",
                            "number": None,
                            "title": (
                                "Regionservice verksamheter får i uppdrag att i samsyn med våra "
                                "partners se över serviceutbud för att möta Region Örebro läns "
                                "olika verksamheters behov samt utifrån det ekonomiska läget."
                            ),
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "Tjänsteutbudet ses över tillsammans med kunderna.",
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
                            "key": "upp_maltid_genomlysning_2024",
                            "type": "namnduppdrag",
                            "label": "Uppdrag",
                            "number": None,
                            "title": (
                                "Regionservice (Måltidsservice ) får i uppdrag att slutföra "
                                "genomlysningen av regionens måltidsverksamhet, och ta fram "
                                "förslag till förändringar med målsättning att säkerhetsställa att "
                                "näringsriktig och god mat kan serveras på ett ekonomiskt, "
                                "effektivt, arbetsmiljömässigt och miljömässigt hållbart sätt. "
                                "Utgångspunkt ska tas i Livsmedelsverkets riktlinjer."
                            ),
                            "origin": "namnd",
                            "units": ["kost"],
                            "description": (
                                "Genomlysningen av måltidsverksamheten avslutas med förslag på "
                                "förändringar."
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
                    "key": "s_beredskap_2024",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Beredskap och säkerhet",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "Kontinuitetsplanering ska säkra leveranserna vid störningar.",
                    "contributes_to": [],
                    "continues": None,
                    "children": [
                        {
                            "key": "upp_beredskap_2024",
                            "type": "namnduppdrag",
                            "label": "Uppdrag",
                            "number": None,
                            "title": (
                                "Regionservice får i uppdrag att skapa en struktur och öka "
                                "kompetensen inom förvaltningen för att kunna hantera "
                                "extraordinära händelser i fredstid och vid höjd beredskap."
                            ),
                            "origin": "namnd",
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
                    "key": "s_digitalisering_2024",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Digitalisering",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Digitala lösningar ska ge större leveransförmåga med samma resurser."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "children": [
                        {
                            "key": "mal_digital_2024",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": (
                                "Vi digitaliserar för att möjliggöra ökad leveransförmåga genom "
                                "effektivare metoder och processer."
                            ),
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": ["s_regional_2024"],
                            "continues": None,
                            "children": [
                                {
                                    "key": "ind_digital_mognad_2024",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": "Den digitala mognaden ska öka.",
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "indicator": {
                                        "measure": "qualitative",
                                        "unit": "",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": None,
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "upp_it_roll_2024",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Område IT får i uppdrag att tydliggöra sin roll och "
                                        "processen för fortsatt verksamhetsutveckling genom "
                                        "digitalisering av Region Örebro läns alla delar."
                                    ),
                                    "origin": "namnd",
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
                                    "key": "upp_it_livscykel_2024",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Område IT får i uppdrag att etablera en väl fungerande "
                                        "livscykelhantering av Region Örebro läns IT-stöd, för "
                                        "såväl tekniska plattformar, applikationer samt ägandeskap."
                                    ),
                                    "origin": "namnd",
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
                                    "key": "upp_ssc_arendehantering_2024",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Shared Service Center får i uppdrag att implementera ett "
                                        "ärendehanteringssystem för att möjliggöra fortsatt "
                                        "digitalisering och automation samt stödja nytt arbetssätt "
                                        "till ITIL (ett ramverk för att leverera effektiva "
                                        "tjänster inom IT-support)."
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
                    ],
                },
                {
                    "key": "s_hallbar_2024",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Hållbar utveckling",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "Arbetet följer Program för hållbar utveckling 2021-2025.",
                    "contributes_to": [],
                    "continues": None,
                    "children": [
                        {
                            "key": "mal_hallbarhet_2024",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": (
                                "Vi uppmuntrar och säkerställer hållbarhet i vår dagliga "
                                "verksamhet - i processer, arbetssätt och beslut."
                            ),
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": ["s_regional_2024"],
                            "continues": None,
                            "children": [
                                {
                                    "key": "upp_cykelparkering_2024",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Område fastigheter får i uppdrag att genomföra åtgärder "
                                        "för cykelparkeringar i syfte att underlätta att cykel "
                                        "väljs vid resa till och från "
                                        "vårdinrättningar/arbetsplatsen."
                                    ),
                                    "origin": "namnd",
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
                                    "key": "upp_laddpunkter_2024",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Område fastigheter får i uppdrag att öka antalet "
                                        "laddpunkter för verksamhetsbilar i Region Örebro län för "
                                        "att öka takten i omställningen till fossilfria fordon och "
                                        "transporter."
                                    ),
                                    "origin": "namnd",
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
                            ],
                        },
                    ],
                },
                {
                    "key": "s_regional_2024",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Hållbar regional utveckling",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Förvaltningen bidrar till den regionala utvecklingsstrategin (RUS)."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "children": [],
                },
                {
                    "key": "s_storregional_2024",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Storregionalt och internationellt samarbete",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Samarbete med andra regioner, kommuner och lärosäten ger kunskap."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "children": [],
                },
            ],
        },
        {
            "key": "p_resurs_2024",
            "type": "perspektiv",
            "label": "Perspektiv",
            "number": None,
            "title": "Resurs",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": "Attraktiv arbetsgivare och en stark, hållbar ekonomi.",
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "em9_2024",
                    "type": "effektmal",
                    "label": "Effektmål 9",
                    "number": 9,
                    "title": (
                        "Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, "
                        "jämställda och jämlika arbetsplatser som bidrar till en hållbar "
                        "kompetensförsörjning."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Rubriken i planen är Attraktiv arbetsgivare och kompetensförsörjning."
                    ),
                    "contributes_to": [],
                    "continues": "em10",
                    "children": [
                        {
                            "key": "hme_2024",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "Hållbart medarbetarengagemang, HME, ska ligga på en hög nivå inom "
                                "intervallet 77-80 för totalt HME. Strävan är att delindexen "
                                "motivation, styrning och ledarskap ska ligga på en jämnhög nivå."
                            ),
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": "hme",
                            "indicator": {
                                "measure": "numeric",
                                "unit": "index",
                                "direction": "higher",
                                "decimals": 0,
                                "gender_split": False,
                                "target": {"comparator": "range", "value": "77", "high": "80"},
                                "long_term_target": None,
                                "baseline": None,
                            },
                            "children": [],
                        },
                        {
                            "key": "jamix_2024",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "Jämställdhetsindex, Jämix, ska öka i jämförelse med föregående år."
                            ),
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": "jamix",
                            "indicator": {
                                "measure": "numeric",
                                "unit": "index",
                                "direction": "higher",
                                "decimals": 0,
                                "gender_split": False,
                                "target": None,
                                "long_term_target": None,
                                "baseline": None,
                            },
                            "children": [],
                        },
                        {
                            "key": "frisktal_2024",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": "Frisktalet ska förbättras i jämförelse med föregående år.",
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": "frisktal",
                            "indicator": {
                                "measure": "numeric",
                                "unit": "%",
                                "direction": "higher",
                                "decimals": 2,
                                "gender_split": True,
                                "target": None,
                                "long_term_target": None,
                                "baseline": None,
                            },
                            "children": [],
                        },
                        {
                            "key": "personalomsattning_2024",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "Personalomsättningen externt ska redovisas. Den ska minska i "
                                "jämförelse med föregående år."
                            ),
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": "personalomsattning",
                            "indicator": {
                                "measure": "numeric",
                                "unit": "%",
                                "direction": "lower",
                                "decimals": 1,
                                "gender_split": False,
                                "target": None,
                                "long_term_target": None,
                                "baseline": None,
                            },
                            "children": [],
                        },
                        {
                            "key": "ind_vardegrund_2024",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "Region Örebro läns värdegrund ska efterlevas av regionens alla "
                                "verksamheter, chefer och medarbetare."
                            ),
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "indicator": {
                                "measure": "qualitative",
                                "unit": "",
                                "direction": "higher",
                                "decimals": 0,
                                "gender_split": False,
                                "target": None,
                                "long_term_target": None,
                                "baseline": None,
                            },
                            "children": [],
                        },
                    ],
                },
                {
                    "key": "em10_2024",
                    "type": "effektmal",
                    "label": "Effektmål 10",
                    "number": 10,
                    "title": (
                        "Region Örebro län har en långsiktig stark och hållbar ekonomi samt uppnår "
                        "en verksamhetsmässig och finansiell god hushållning."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": "em11",
                    "children": [
                        {
                            "key": "ind_resultat_balans_2024",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": "Styrelsen och nämnderna redovisar ett resultat i balans.",
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "indicator": {
                                "measure": "qualitative",
                                "unit": "",
                                "direction": "higher",
                                "decimals": 0,
                                "gender_split": False,
                                "target": None,
                                "long_term_target": None,
                                "baseline": None,
                            },
                            "children": [],
                        },
                        {
                            "key": "ind_maluppfyllelse_2024",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": "Verksamhetens måluppfyllelse är god.",
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "indicator": {
                                "measure": "qualitative",
                                "unit": "",
                                "direction": "higher",
                                "decimals": 0,
                                "gender_split": False,
                                "target": None,
                                "long_term_target": None,
                                "baseline": None,
                            },
                            "children": [],
                        },
                    ],
                },
            ],
        },
    ],
}
