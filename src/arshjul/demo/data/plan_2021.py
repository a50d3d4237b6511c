"""Demo plan 2021: Servicenämnden, Region Örebro län.

Source: seed 002 (Verksamhetsberättelse helår 2021), section 4 "Nämndens mål, strategier och
uppdrag". Titles, figures and printed statuses are carried over; comments are own words. Where the
extracted text lost a symbol, the chosen status and the deciding words are in "note" (see
docs/demo-data-2021.md). Format: FORMAT.md in this folder.
"""

PLAN = {
    "year": 2021,
    "title": "Verksamhetsplan med budget 2021",
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
            "name_plural": "Effektmål från regionfullmäktige",
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
            "parents": ["strategi", "effektmal", "perspektiv"],
            "summary_label": "Nämndens mål",
            "summary_key": "namndmal",
        },
        {
            "key": "indikator",
            "name": "Indikator",
            "name_plural": "Indikatorer",
            "behaviour": "indicator",
            "parents": ["namndmal", "effektmal", "strategi"],
            "summary_label": None,
            "summary_key": None,
        },
        {
            "key": "namnduppdrag",
            "name": "Uppdrag",
            "name_plural": "Nämndens uppdrag",
            "behaviour": "assignment",
            "parents": ["strategi", "namndmal", "effektmal", "perspektiv"],
            "summary_label": "Nämndens uppdrag",
            "summary_key": "namnduppdrag",
        },
    ],
    "items": [
        {
            "key": "p_invanare",
            "type": "perspektiv",
            "label": "Perspektiv",
            "number": None,
            "title": "Invånare och samhälle",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": (
                "Det övergripande perspektivet. Nämnden har inga egna mål här utan bidrar till "
                "effektmålen genom perspektiven Process och Resurs."
            ),
            "contributes_to": [],
            "continues": None,
            "children": [],
        },
        {
            "key": "p_process",
            "type": "perspektiv",
            "label": "Perspektiv",
            "number": None,
            "title": "Process",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": (
                "Strategier för regionens arbetssätt och processer som ska leda till effektmålen."
            ),
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "s_kvalitet",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Kvalitet och utveckling",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Regionens fem strategier för kvalitet och utveckling, konkretiserade i "
                        "två nämndmål."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "children": [
                        {
                            "key": "mal_ratt_saker",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": (
                                "Vi gör rätt saker på rätt sätt för att klara framtida utmaningar."
                            ),
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "followup": {
                                "helar": {
                                    "fulfilment": "mindre_avvikelse",
                                    "trend": None,
                                    "comment": (
                                        "Samverkansforum med kunderna används för gemensamma "
                                        "prioriteringar, men pandemin har gjort att en del "
                                        "planerings- och utvecklingsarbete fått vänta."
                                    ),
                                    "note": (
                                        "Symbolen saknas i den extraherade texten. Valt "
                                        "mindre_avvikelse: kommentaren säger att vissa arbeten "
                                        "'har fått stå tillbaka' och att det 'påverkar också "
                                        "måluppfyllnaden för kvalitetsmålen'; två av tre "
                                        "indikatorer är bara delvis uppfyllda."
                                    ),
                                },
                            },
                            "children": [
                                {
                                    "key": "samverkansforum",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Det finns samverkansforum med kund där gemensamma "
                                        "prioriteringar görs."
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": "oforandrat",
                                            "outcome": None,
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "helt",
                                            "comment": (
                                                "Flera etablerade forum med kunderna finns, "
                                                "bland annat för digitalisering, upphandling och "
                                                "lokaler. Forumen behöver ändå utvecklas vidare."
                                            ),
                                            "note": "",
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "forandringsledning",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": "Kompetens i förändringsledning ska öka.",
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": "oforandrat",
                                            "outcome": None,
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "delvis",
                                            "comment": (
                                                "Pandemin har tvingat fram nya sätt att leda och "
                                                "arbeta, och förvaltningen deltar i ett "
                                                "regionövergripande projekt om modell och stöd "
                                                "för förändringsledning."
                                            ),
                                            "note": "",
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "produktivitetsnyckeltal",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Det finns produktivetsnyckeltal som följs kontinuerligt "
                                        "i verksamheterna."
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": "oforandrat",
                                            "outcome": None,
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "delvis",
                                            "comment": (
                                                "Flera områden har nyckeltal som följs upp, till "
                                                "exempel administrativ utveckling och service, "
                                                "fastigheter och medicinsk teknik, men övriga "
                                                "områden saknar ännu sådana."
                                            ),
                                            "note": "",
                                        },
                                    },
                                    "children": [],
                                },
                            ],
                        },
                        {
                            "key": "mal_processer",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": (
                                "Vi arbetar ständigt med att förnya och förbättra våra processer."
                            ),
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "followup": {
                                "helar": {
                                    "fulfilment": "mindre_avvikelse",
                                    "trend": None,
                                    "comment": (
                                        "Förbättringsarbete och värdeflödesanalyser pågår i alla "
                                        "områden. Två av tre mål för avvikelsehanteringen nås; "
                                        "klassificering inom sju dagar stannade på 96 %."
                                    ),
                                    "note": (
                                        "Symbolen saknas i den extraherade texten. Texten säger: "
                                        "'Sammantaget bedöms målet vara uppfyllt med en mindre "
                                        "accepterad avvikelse.'"
                                    ),
                                },
                            },
                            "children": [
                                {
                                    "key": "avvikelsehantering",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Verksamheten arbetar aktivt med avvikelshantering och "
                                        "värdeflödesanalyser och använder det som ett underlag "
                                        "för förbättring av arbetssätt och processer."
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": "forbattrats",
                                            "outcome": None,
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "helt",
                                            "comment": (
                                                "Alla områden arbetar löpande med avvikelser, "
                                                "och flera värdeflödesanalyser har genomförts "
                                                "eller påbörjats under året."
                                            ),
                                            "note": "",
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "kundinvolvering",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Verksamheten involverar kunder i förbättringsarbeten "
                                        "för att deras krav och behov ska vara utgångspunkt i "
                                        "verksamhetens utveckling."
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": None,
                                            "outcome": None,
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "helt",
                                            "comment": (
                                                "Kunderna deltar i processkartläggningar, "
                                                "samverkansforum och systemförvaltning i "
                                                "samtliga områden."
                                            ),
                                            "note": (
                                                "Symbol och pil saknas, men ordet 'Helt' finns "
                                                "kvar i statuskolumnen. Ingen trend angiven "
                                                "eftersom pilen gått förlorad."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "sammanhallna_leveranser",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": "Sammanhållna leveranser till kund har ökat.",
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": None,
                                            "outcome": None,
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "delvis",
                                            "comment": (
                                                "En samordnad hantering av så kallade "
                                                "multi-ärenden startar våren 2022 och pandemin "
                                                "har gett nya samlade leveranser, men i övrigt "
                                                "är arbetet försenat."
                                            ),
                                            "note": (
                                                "Symbol och pil saknas, men ordet 'Delvis' finns "
                                                "kvar i statuskolumnen. Ingen trend angiven "
                                                "eftersom pilen gått förlorad."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_konferensrum",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Regionservice får i uppdrag att fram förslag på en "
                                        "sammanhållen tjänst för konferensrum i Region Örebro "
                                        "län. Tjänsten ska innefatta teknisk utrustning, "
                                        "inredning, skötsel och support för konferensrummen."
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "storre_avvikelse",
                                            "trend": None,
                                            "comment": (
                                                "Något förslag har inte tagits fram under året. "
                                                "Ett första steg, om hur digitala möten kan "
                                                "förvaltningsetableras, startar 2022."
                                            ),
                                            "note": (
                                                "Symbolen saknas. 4.1 räknar uppdraget till de "
                                                "fem större avvikelserna ('sammanhållna tjänster "
                                                "för konferensrum och nyanställning'); "
                                                "kommentaren säger att arbetet 'startas 2022'."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_nyanstallning",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Regionservice får i uppdrag att förenkla beställning "
                                        "för kund, genom sammanhållen leverans vid nyanställning."
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "storre_avvikelse",
                                            "trend": None,
                                            "comment": (
                                                "Ledningsgruppen beslutade att inte genomföra "
                                                "uppdraget 2021 på grund av begränsade resurser. "
                                                "Ett tydligare avgränsat uppdrag finns i planen "
                                                "för 2022."
                                            ),
                                            "note": (
                                                "Symbolen saknas. 4.1 räknar uppdraget till de "
                                                "fem större avvikelserna ('sammanhållna tjänster "
                                                "för konferensrum och nyanställning'); texten: "
                                                "'En samlad bedömning att inte genomföra "
                                                "uppdraget under 2021 gjordes'."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_textilstock",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Upphandlingsavdelningen får i uppdrag att, tillsammans "
                                        "med övriga förvaltningar, genomföra en utredning inför "
                                        "nästkommande upphandling huruvida Region Örebro län ska "
                                        "äga textilstocken eller om det finns andra, bättre "
                                        "alternativ."
                                    ),
                                    "origin": "namnd",
                                    "units": ["upphandling"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "assignment": {
                                        "dnr": None,
                                        "paragraph": None,
                                        "due": None,
                                        "state": "ej_paborjat",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "storre_avvikelse",
                                            "trend": None,
                                            "comment": (
                                                "Utredningen har inte börjat eftersom en ny "
                                                "leverantörsupphandling först måste göras om. "
                                                "Den genomförs i stället under avtalsperioden."
                                            ),
                                            "note": (
                                                "Symbolen saknas. 4.1 nämner 'utredning av "
                                                "textilstock' bland de större avvikelserna; "
                                                "texten: 'Uppdraget har inte startat.'"
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "s_digitalisering",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Digitalisering",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Regionens två strategier: öka den digitala mognaden och utveckla "
                        "arbetssätt med digitala lösningar."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "children": [
                        {
                            "key": "mal_digitalisering",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": "Vi digitaliserar för att effektivisera våra arbetssätt.",
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "followup": {
                                "helar": {
                                    "fulfilment": "mindre_avvikelse",
                                    "trend": None,
                                    "comment": (
                                        "Nya och förbättrade systemstöd, bland annat Raindance, "
                                        "och fler digitala möten har effektiviserat arbetet, men "
                                        "digitaliseringen är ett långsiktigt arbete som inte är "
                                        "klart."
                                    ),
                                    "note": (
                                        "Symbolen saknas i den extraherade texten. Valt "
                                        "mindre_avvikelse: 'Målet är ännu inte uppnått, trots "
                                        "den mycket positiva utvecklingen'; indikatorn är delvis "
                                        "uppfylld."
                                    ),
                                },
                            },
                            "children": [
                                {
                                    "key": "digitala_losningar",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Arbetsätt, metoder och processer har effektiviserats "
                                        "genom digitala lösningar."
                                    ),
                                    "origin": "namnd",
                                    "units": ["it"],
                                    "description": (
                                        "Område IT leder förvaltningens digitalisering och står "
                                        "därför som ansvarig enhet för indikatorn. Seeden anger "
                                        "ingen enhet; valet är gjort för demon."
                                    ),
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": "oforandrat",
                                            "outcome": None,
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "delvis",
                                            "comment": (
                                                "Många processer har digitaliserats under året, "
                                                "till exempel fakturaunderlag, digital signering "
                                                "av avtal och webbshoppar för it- och "
                                                "telefoniprodukter."
                                            ),
                                            "note": "",
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_esignering",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Område IT får i uppdrag att införa elektronisk "
                                        "signering inom Region Örebro län."
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
                                        "state": "pausat",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "storre_avvikelse",
                                            "trend": None,
                                            "comment": (
                                                "En kartläggning med rekommendationer blev klar "
                                                "i mars 2021, men den planerade förstudien om "
                                                "signering av externa dokument kunde inte starta "
                                                "i brist på resurser."
                                            ),
                                            "note": (
                                                "Symbolen saknas. 4.1 nämner 'elektronisk "
                                                "signering' bland de större avvikelserna; "
                                                "texten: 'Det har dock saknats resurser för att "
                                                "starta projektet.'"
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "s_hallbar",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Hållbar utveckling",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Regionens fyra strategier för hållbar utveckling; "
                        "hållbarhetsprogrammets mål och indikatorer ingår i verksamhetsplanerna."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "children": [
                        {
                            "key": "mal_klimat",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": (
                                "Vi arbetar aktivt för att minska vår klimat- och miljöpåverkan."
                            ),
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": ["s_rus"],
                            "continues": None,
                            "followup": {
                                "helar": {
                                    "fulfilment": "uppnatt",
                                    "trend": None,
                                    "comment": (
                                        "Energianvändningen och matsvinnet har minskat, "
                                        "solceller har tagits i drift och nya bilar drivs med "
                                        "förnybart bränsle."
                                    ),
                                    "note": (
                                        "Symbolen saknas i den extraherade texten. Valt uppnått: "
                                        "texten beskriver 'ett aktivt arbete' med mätbara "
                                        "resultat (energianvändning -4,8 procent mot 2019, "
                                        "matsvinn 13,7 procent mot målet 15) och indikatorn är "
                                        "'Helt' uppfylld. Övriga tre nämndmål med uppnått har "
                                        "tydliga mätvärden över målet, så 4.1:s fördelning 4/3 "
                                        "ger detta mål uppnått."
                                    ),
                                },
                            },
                            "children": [
                                {
                                    "key": "hallbarhetsprogram",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": (
                                        "Aktivitetsplaner finns framtagna och följs upp för att "
                                        "nå målsättningarna i reviderat Program för hållbar "
                                        "utveckling 2021-2025."
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
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": "oforandrat",
                                            "outcome": None,
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "helt",
                                            "comment": (
                                                "Nya aktiviteter togs in i verksamhetsplanerna "
                                                "och det reviderade hållbarhetsprogrammet har "
                                                "införts i verksamheterna. Uppföljning sker i "
                                                "början av 2022."
                                            ),
                                            "note": (
                                                "Statussymbolen saknas men ordet 'Helt' och "
                                                "pilen '→' finns kvar."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_followprint",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Område IT får i uppdrag att införa follow print i "
                                        "Region Örebro läns verksamheter."
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
                                        "state": "pagaende",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "uppnatt",
                                            "trend": None,
                                            "comment": (
                                                "Follow print finns nu på 139 av 455 "
                                                "multifunktionsskrivare och har levererats till "
                                                "alla verksamheter som beställt det. Införandet "
                                                "fortsätter efter efterfrågan."
                                            ),
                                            "note": (
                                                "Symbolen saknas. Valt uppnått: 'Tjänsten är "
                                                "levererad till alla de verksamheter som hört av "
                                                "sig' och 'alla som beställt tjänsten har fått "
                                                "den levererad'. Osäkert val, se "
                                                "docs/demo-data-2021.md."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_cykelparkeringar",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Parkeringsverksamheten får i uppdrag att genomföra "
                                        "åtgärder för att öka antalet cykelparkeringar i Region "
                                        "Örebro län."
                                    ),
                                    "origin": "namnd",
                                    "units": ["transport"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "assignment": {
                                        "dnr": None,
                                        "paragraph": None,
                                        "due": None,
                                        "state": "pagaende",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "mindre_avvikelse",
                                            "trend": None,
                                            "comment": (
                                                "En regionövergripande inventering av "
                                                "cykelparkeringar är klar och åtgärdsförslag "
                                                "lämnas till Område fastigheter. Vid lasaretten "
                                                "bedöms antalet redan räcka."
                                            ),
                                            "note": (
                                                "Symbolen saknas. Valt mindre_avvikelse: "
                                                "inventeringen är genomförd men den 'kommer "
                                                "resultera i åtgärdsförslag'; några åtgärder som "
                                                "ökat antalet redovisas inte ännu."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_plast",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Alla verksamheter får i uppdrag att vidta åtgärder för "
                                        "att minska användningen av plastartiklar i "
                                        "verksamheten. Uppdraget syftar till att minska miljö- "
                                        "och klimatbelastningen av engångsmaterial och bidra "
                                        "till målsättningar i Program för hållbar utveckling."
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
                                        "state": "pagaende",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "uppnatt",
                                            "trend": None,
                                            "comment": (
                                                "Områdena har inventerat sina plastprodukter och "
                                                "bytt till andra material, till exempel wellpapp "
                                                "i stället för bubbelplast. Pandemin har dock "
                                                "krävt mer skyddsmaterial."
                                            ),
                                            "note": (
                                                "Symbolen saknas. Valt uppnått: 'Flera åtgärder "
                                                "för att minska plastanvändningen har vidtagits "
                                                "ute i verksamheterna.'"
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_klimatkunskap",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Område fastigheter får i uppdrag att, i samarbete med "
                                        "staben för hållbar utveckling, höja kunskapsnivån kring "
                                        "klimatförändringar. Syftet är att i nästa steg kunna "
                                        "vidta rätt åtgärder för att minska klimatpåverkan på "
                                        "Region Örebro läns fastigheter och utomhusmiljö."
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
                                        "state": "genomfort",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "uppnatt",
                                            "trend": None,
                                            "comment": (
                                                "En tvådelad utbildning om klimat och "
                                                "klimatanpassning har hållits för områdets "
                                                "medarbetare, ledningsgruppen och nämnden. "
                                                "Arbetet går vidare 2022."
                                            ),
                                            "note": (
                                                "Symbolen saknas. Valt uppnått: 'Utbildningen "
                                                "har genomförts med Område fastigheters samtliga "
                                                "medarbetare, Regionservice ledningsgrupp samt "
                                                "politiker i servicenämnden.'"
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_livsmedel",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Kostavdelningen får i uppdrag att, i samverkan med "
                                        "servicenämnden, ta fram vägledande principer för att "
                                        "underlätta hållbara upphandlingar av livsmedel."
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
                                        "state": "pausat",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "storre_avvikelse",
                                            "trend": None,
                                            "comment": (
                                                "Arbetet pausades när nyckelpersoner slutade och "
                                                "återupptas när ersättare finns på plats."
                                            ),
                                            "note": (
                                                "Symbolen saknas. 4.1 nämner 'vägledande "
                                                "principer för hållbara upphandlingar av "
                                                "livsmedel' bland de större avvikelserna; "
                                                "texten: 'togs beslut att pausa projektet'."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "s_rus",
                    "type": "strategi",
                    "label": "Strategi",
                    "number": None,
                    "title": "Regional utvecklingsstrategi",
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": (
                        "Inga egna mål eller uppdrag. Förvaltningens tjänster bidrar mest "
                        "indirekt; strategin ska göras mer känd i verksamheterna under 2022."
                    ),
                    "contributes_to": [],
                    "continues": None,
                    "children": [],
                },
            ],
        },
        {
            "key": "p_resurs",
            "type": "perspektiv",
            "label": "Perspektiv",
            "number": None,
            "title": "Resurs",
            "origin": "regionfullmaktige",
            "units": ["regionservice"],
            "description": (
                "Attraktiv arbetsgivare med hållbar kompetensförsörjning samt en stark och "
                "hållbar ekonomi."
            ),
            "contributes_to": [],
            "continues": None,
            "children": [
                {
                    "key": "em10",
                    "type": "effektmal",
                    "label": "Effektmål 10",
                    "number": 10,
                    "title": (
                        "Region Örebro län är en attraktiv arbetsgivare med hälsofrämjande, "
                        "jämställda och jämlika arbetsplatser och bidrar till en hållbar "
                        "kompetensförsörjning."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "followup": {
                        "helar": {
                            "fulfilment": "uppnatt",
                            "trend": None,
                            "comment": (
                                "HME har ökat ytterligare, personalomsättningen är låg och "
                                "jämställdhetsindex högt. Sjukfrånvaron är dock fortfarande för "
                                "hög i några områden."
                            ),
                            "note": (
                                "Symbolen saknas i den extraherade texten. Valt uppnått: 'Allt "
                                "detta sammantaget ger bedömningen en bibehållt och stärkt "
                                "måluppfyllnad.' 4.1 anger två uppnådda effektmål."
                            ),
                        },
                    },
                    "children": [
                        {
                            "key": "hme",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "HME – Hållbart medarbetarengagemang ska öka i jämförelse med "
                                "tidigare medarbetarenkät."
                            ),
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": (
                                "Utgångsvärdet 77 är förvaltningens mindre HME-mätning hösten "
                                "2020: målvärdet ska bibehålla den nivån och utfallet ökade med "
                                "två enheter."
                            ),
                            "contributes_to": [],
                            "continues": None,
                            "indicator": {
                                "measure": "numeric",
                                "unit": "index",
                                "direction": "higher",
                                "decimals": 0,
                                "gender_split": False,
                                "target": {
                                    "comparator": ">",
                                    "value": "77",
                                    "high": None,
                                },
                                "long_term_target": None,
                                "baseline": {
                                    "value": "77",
                                    "year": 2020,
                                },
                            },
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": None,
                                    "outcome": "79",
                                    "women": None,
                                    "men": None,
                                    "missing": False,
                                    "status": "helt",
                                    "comment": (
                                        "HME steg med två enheter och alla tre delindex bidrog. "
                                        "Svarsfrekvensen var hög, 86,8 procent."
                                    ),
                                    "note": (
                                        "Statussymbolen saknas i den extraherade texten. Valt "
                                        "helt: utfallet 79 överträffar målvärdet >77."
                                    ),
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "avi",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "AVI – Attraktiv arbetsgivarindex ska öka i jämförelse med "
                                "föregående år."
                            ),
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": (
                                "Indexet redovisas med ett års eftersläpning: utfallet i "
                                "helårsrapporten 2021 avser 2020 och målvärdet är "
                                "branschmedianen."
                            ),
                            "contributes_to": [],
                            "continues": None,
                            "indicator": {
                                "measure": "numeric",
                                "unit": "index",
                                "direction": "higher",
                                "decimals": 0,
                                "gender_split": False,
                                "target": {
                                    "comparator": ">=",
                                    "value": "108",
                                    "high": None,
                                },
                                "long_term_target": None,
                                "baseline": {
                                    "value": "106",
                                    "year": 2019,
                                },
                            },
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": None,
                                    "outcome": "100",
                                    "women": None,
                                    "men": None,
                                    "missing": False,
                                    "status": "inte_alls",
                                    "comment": (
                                        "Indexet för 2020 sjönk med sex enheter, främst på grund "
                                        "av ökad sjukfrånvaro och mindre kompetensutveckling."
                                    ),
                                    "note": (
                                        "Statussymbolen saknas i den extraherade texten. Valt "
                                        "inte_alls: utfallet 100 ligger under målvärdet 108 "
                                        "(branschmedian) och har minskat från 106. Utfallet "
                                        "avser 2020 ('Redovisning av resultat för 2020')."
                                    ),
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "jamix",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "Jämix – Jämställdhetsindex ska öka i jämförelse med föregående år."
                            ),
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": (
                                "Indexet redovisas med ett års eftersläpning: utfallet i "
                                "helårsrapporten 2021 avser 2020."
                            ),
                            "contributes_to": [],
                            "continues": None,
                            "indicator": {
                                "measure": "numeric",
                                "unit": "index",
                                "direction": "higher",
                                "decimals": 0,
                                "gender_split": False,
                                "target": {
                                    "comparator": ">=",
                                    "value": "120",
                                    "high": None,
                                },
                                "long_term_target": None,
                                "baseline": {
                                    "value": "120",
                                    "year": 2019,
                                },
                            },
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": None,
                                    "outcome": "121",
                                    "women": None,
                                    "men": None,
                                    "missing": False,
                                    "status": "helt",
                                    "comment": (
                                        "Jämställdhetsindex för 2020 ökade med en enhet och "
                                        "ligger över branschmedianen 111."
                                    ),
                                    "note": (
                                        "Statussymbolen saknas i den extraherade texten. Valt "
                                        "helt: utfallet 121 mot målvärdet 120 ('bibehålla 2019 "
                                        "års index på 120'). Utfallet avser 2020."
                                    ),
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "frisktal",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": "Frisktalet ska förbättras i jämförelse med föregående år.",
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": (
                                "Andel anställda med högst 5 sjukdagar och/eller högst 3 "
                                "sjuktillfällen. Målvärdet är 2019 års nivå, den högsta hittills."
                            ),
                            "contributes_to": [],
                            "continues": None,
                            "indicator": {
                                "measure": "numeric",
                                "unit": "%",
                                "direction": "higher",
                                "decimals": 2,
                                "gender_split": True,
                                "target": {
                                    "comparator": ">=",
                                    "value": "55",
                                    "high": None,
                                },
                                "long_term_target": None,
                                "baseline": {
                                    "value": "48.58",
                                    "women": "43.63",
                                    "men": "55.03",
                                    "year": 2020,
                                },
                            },
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": None,
                                    "outcome": "53.85",
                                    "women": "46.93",
                                    "men": "62.62",
                                    "missing": False,
                                    "status": "delvis",
                                    "comment": (
                                        "Frisktalet steg, främst för att korttidsfrånvaron "
                                        "minskade, men når inte målvärdet. Skillnaden mellan "
                                        "områdena är stor."
                                    ),
                                    "note": (
                                        "Statussymbolen saknas i den extraherade texten. Valt "
                                        "delvis: frisktalet förbättrades jämfört med 2020 (48,58 "
                                        "till 53,85 procent) men når inte målvärdet 55 procent. "
                                        "Sammanfattningsraden visar avrundat 54 %; utfallet här "
                                        "är tabellens 53,85."
                                    ),
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "personalomsattning",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "Personalomsättningen externt ska redovisas. Den ska minska i "
                                "jämförelse med föregående år."
                            ),
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": (
                                "Mått från Nyckeltalsinstitutet (del av AVI). Avgångar 2021, "
                                "2020 inom parentes: extern 28 (25), pension 29 (17), summa 57 "
                                "(42)."
                            ),
                            "contributes_to": [],
                            "continues": None,
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
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": None,
                                    "outcome": "4.8",
                                    "women": None,
                                    "men": None,
                                    "missing": False,
                                    "status": "inte_alls",
                                    "comment": (
                                        "Personalomsättningen är fortsatt låg men har ökat, "
                                        "främst för att fler har gått i pension."
                                    ),
                                    "note": (
                                        "Symbolen '■' (inte alls) finns kvar. Pilen är utskriven "
                                        "som '—' och går inte att tolka, så ingen trend anges; "
                                        "texten säger att omsättningen 'ökat i jämförelse med "
                                        "2020'. Inget målvärde är utskrivet."
                                    ),
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "vardegrund",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": (
                                "Region Örebro läns nya värdegrund ska påbörja att implementeras "
                                "under året."
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
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": "oforandrat",
                                    "outcome": None,
                                    "women": None,
                                    "men": None,
                                    "missing": False,
                                    "status": "inte_alls",
                                    "comment": (
                                        "Värdegrunden beslutades i maj och en övergripande "
                                        "implementeringsplan finns, men införandet i "
                                        "förvaltningen börjar först 2022."
                                    ),
                                    "note": "",
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "digital_kompetens",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": "Medarbetarnas digitala kompetens har ökat.",
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
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": None,
                                    "outcome": None,
                                    "women": None,
                                    "men": None,
                                    "missing": False,
                                    "status": "delvis",
                                    "comment": (
                                        "Distansarbete, digitala möten och utbildningar som "
                                        "flyttats till digitalt format har höjt den digitala "
                                        "kompetensen."
                                    ),
                                    "note": (
                                        "Symbolen '◆ Delvis' finns kvar. Pilen är utskriven som "
                                        "'—' och går inte att tolka, så ingen trend anges."
                                    ),
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "sjukfranvaro",
                            "type": "indikator",
                            "label": "",
                            "number": None,
                            "title": "Sjukfrånvaro total % har minskat.",
                            "origin": "regionfullmaktige",
                            "units": ["regionservice"],
                            "description": (
                                "Sjukfrånvaro i procent av schemalagd tid; målvärdet (nivån före "
                                "pandemin) finns inte utskrivet i rapporten."
                            ),
                            "contributes_to": [],
                            "continues": None,
                            "indicator": {
                                "measure": "numeric",
                                "unit": "%",
                                "direction": "lower",
                                "decimals": 2,
                                "gender_split": True,
                                "target": None,
                                "long_term_target": None,
                                "baseline": {
                                    "value": "6.64",
                                    "women": "7.73",
                                    "men": "5.24",
                                    "year": 2020,
                                },
                            },
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": "forbattrats",
                                    "outcome": "6.22",
                                    "women": "7.43",
                                    "men": "4.63",
                                    "missing": False,
                                    "status": "delvis",
                                    "comment": (
                                        "Sjukfrånvaron minskade med 0,42 procentenheter men är "
                                        "fortfarande en bra bit från målvärdet, som utgår från "
                                        "nivån före pandemin."
                                    ),
                                    "note": (
                                        "Symbolen '◆' (delvis) finns kvar. Pilen '↘' tolkas som "
                                        "att sjukfrånvaron sjönk (6,64 till 6,22 procent), "
                                        "vilket är en förbättring när lägre är bättre; texten: "
                                        "'det rör sig i rätt riktning'. Målvärdet är inte "
                                        "utskrivet. Uppdelningen på kvinnor/män och 2020 års "
                                        "värden kommer från avsnitt 6.4."
                                    ),
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "mal_chefer",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": (
                                "Våra chefer ska vara ledande kulturbärare, främja gott "
                                "arbetsklimat och ge förutsättningar för och uppmuntra samarbete."
                            ),
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "followup": {
                                "helar": {
                                    "fulfilment": "uppnatt",
                                    "trend": None,
                                    "comment": (
                                        "Delindex för ledning har stärkts tydligt, bland annat "
                                        "genom arbete med arbetsgruppernas storlek och stöd till "
                                        "chefer."
                                    ),
                                    "note": (
                                        "Symbolen saknas i den extraherade texten. Valt uppnått: "
                                        "delindex Ledning 84 mot målvärdet 81 och texten "
                                        "beskriver en utveckling som är 'mycket positivt'."
                                    ),
                                },
                            },
                            "children": [
                                {
                                    "key": "hme_ledning",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": "HME delindex Ledning ska bibehållas eller öka.",
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "indicator": {
                                        "measure": "numeric",
                                        "unit": "index",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": {
                                            "comparator": ">=",
                                            "value": "81",
                                            "high": None,
                                        },
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": None,
                                            "outcome": "84",
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "helt",
                                            "comment": (
                                                "Utfallet 84 är en tydlig förbättring och ligger "
                                                "över målvärdet, som var att nå 2019 års nivå."
                                            ),
                                            "note": (
                                                "Statussymbolen saknas i den extraherade texten. "
                                                "Valt helt: 84 mot målvärdet 81. Texten säger "
                                                "att målvärdet överträffas 'med hela två "
                                                "enheter', vilket inte stämmer med de tryckta "
                                                "talen (84 − 81 = 3)."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                            ],
                        },
                        {
                            "key": "mal_arbetsmiljo",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": "Vi bidrar alla till att utveckla vår arbetsmiljö.",
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "followup": {
                                "helar": {
                                    "fulfilment": "uppnatt",
                                    "trend": None,
                                    "comment": (
                                        "Arbetsmiljöarbetet har fått nya former med "
                                        "distansarbete. Enkäten visar motiverade medarbetare, "
                                        "även om sammanhållningen varit svår att upprätthålla."
                                    ),
                                    "note": (
                                        "Symbolen saknas i den extraherade texten. Valt uppnått: "
                                        "delindex Motivation 77 mot målvärdet 76 och 'Det "
                                        "positiva resultatet i den senaste medarbetar- och "
                                        "säkerhetsenkäten'."
                                    ),
                                },
                            },
                            "children": [
                                {
                                    "key": "hme_motivation",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": "HME delindex Motivation ska öka.",
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "indicator": {
                                        "measure": "numeric",
                                        "unit": "index",
                                        "direction": "higher",
                                        "decimals": 0,
                                        "gender_split": False,
                                        "target": {
                                            "comparator": ">=",
                                            "value": "76",
                                            "high": None,
                                        },
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": None,
                                            "outcome": "77",
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "helt",
                                            "comment": (
                                                "Motivationsindex fortsatte att öka trots "
                                                "osäkerheten under pandemin, och målet var bara "
                                                "att behålla nivån."
                                            ),
                                            "note": (
                                                "Statussymbolen saknas i den extraherade texten. "
                                                "Valt helt: 77 mot målvärdet 76."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "em11",
                    "type": "effektmal",
                    "label": "Effektmål 11",
                    "number": 11,
                    "title": (
                        "Region Örebro län har en långsiktig stark och hållbar ekonomi samt "
                        "uppnår en verksamhetsmässig och finansiell god hushållning."
                    ),
                    "origin": "regionfullmaktige",
                    "units": ["regionservice"],
                    "description": "",
                    "contributes_to": [],
                    "continues": None,
                    "followup": {
                        "helar": {
                            "fulfilment": "uppnatt",
                            "trend": None,
                            "comment": (
                                "Resultatet före återbetalningar blev 108,5 miljoner kronor, "
                                "18,5 miljoner lägre än 2020."
                            ),
                            "note": (
                                "Symbolen saknas i den extraherade texten. Valt uppnått: "
                                "överskott på 108,5 miljoner kronor och indikatorn 'resultat i "
                                "balans' är 'Helt'. 4.1 anger två uppnådda effektmål."
                            ),
                        },
                    },
                    "children": [
                        {
                            "key": "resultat_i_balans",
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
                            "followup": {
                                "helar": {
                                    "fulfilment": None,
                                    "trend": None,
                                    "outcome": None,
                                    "women": None,
                                    "men": None,
                                    "missing": False,
                                    "status": "helt",
                                    "comment": (
                                        "Förvaltningen redovisar ett överskott på 108,5 miljoner "
                                        "kronor före återbetalningar."
                                    ),
                                    "note": (
                                        "Symbol och pil saknas, men ordet 'Helt' finns kvar i "
                                        "statuskolumnen."
                                    ),
                                },
                            },
                            "children": [],
                        },
                        {
                            "key": "mal_resultat",
                            "type": "namndmal",
                            "label": "Mål",
                            "number": None,
                            "title": "Regionservice ska ha ett årligt resultat på 2 %.",
                            "origin": "namnd",
                            "units": ["regionservice"],
                            "description": "",
                            "contributes_to": [],
                            "continues": None,
                            "followup": {
                                "helar": {
                                    "fulfilment": "uppnatt",
                                    "trend": None,
                                    "comment": (
                                        "Resultatet motsvarar 5,1 procent av intäkterna, klart "
                                        "över målet."
                                    ),
                                    "note": (
                                        "Symbolen saknas i den extraherade texten. Valt uppnått: "
                                        "5,1 procent mot målet 2 procent."
                                    ),
                                },
                            },
                            "children": [
                                {
                                    "key": "resultat_procent",
                                    "type": "indikator",
                                    "label": "",
                                    "number": None,
                                    "title": "Resultat %.",
                                    "origin": "namnd",
                                    "units": ["regionservice"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "indicator": {
                                        "measure": "numeric",
                                        "unit": "%",
                                        "direction": "higher",
                                        "decimals": 1,
                                        "gender_split": False,
                                        "target": {
                                            "comparator": ">=",
                                            "value": "2",
                                            "high": None,
                                        },
                                        "long_term_target": None,
                                        "baseline": None,
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": None,
                                            "trend": None,
                                            "outcome": "5.1",
                                            "women": None,
                                            "men": None,
                                            "missing": False,
                                            "status": "helt",
                                            "comment": (
                                                "Resultatet före återbetalningar är 5,1 procent "
                                                "av omsättningen."
                                            ),
                                            "note": (
                                                "Statussymbolen saknas i den extraherade texten. "
                                                "Valt helt: 5,1 % mot målvärdet 2 %."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_handlingsplan",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "En ekonomisk handlingsplan ska upprättas och genomföras "
                                        "i syfte att bibehålla en långsiktig ekonomi i balans. "
                                        "Handlingsplanen ska vara omsatt i konkreta, hållbara "
                                        "och långsiktiga åtgärder och kan avse både "
                                        "kostnadsreduceringar och intäktsförstärkningar. "
                                        "Åtgärderna ska beskrivas med ekonomisk och "
                                        "verksamhetsmässiga konsekvenser. Uppföljning av "
                                        "handlingsplanen sker i del- och helårsrapportering till "
                                        "nämnd."
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
                                        "state": "pausat",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "mindre_avvikelse",
                                            "trend": None,
                                            "comment": (
                                                "Ekonomin är i balans, men de långsiktiga "
                                                "besparingsåtgärderna från 2019 har legat "
                                                "vilande under pandemin, som slagit mot kost och "
                                                "parkering."
                                            ),
                                            "note": (
                                                "Symbolen saknas. Valt mindre_avvikelse: "
                                                "'Regionservice har en ekonomi i balans' men "
                                                "arbetet med långsiktiga besparingsåtgärder 'har "
                                                "pausats under pandemin'. Osäkert val, se "
                                                "docs/demo-data-2021.md."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                                {
                                    "key": "u_parkeringstillstand",
                                    "type": "namnduppdrag",
                                    "label": "Uppdrag",
                                    "number": None,
                                    "title": (
                                        "Parkeringsverksamheten får i uppdrag att utreda "
                                        "förutsättningarna för verksamheter inom hälso- och "
                                        "sjukvården att köpa parkeringstillstånd för patienter."
                                    ),
                                    "origin": "namnd",
                                    "units": ["transport"],
                                    "description": "",
                                    "contributes_to": [],
                                    "continues": None,
                                    "assignment": {
                                        "dnr": None,
                                        "paragraph": None,
                                        "due": None,
                                        "state": "genomfort",
                                    },
                                    "followup": {
                                        "helar": {
                                            "fulfilment": "uppnatt",
                                            "trend": None,
                                            "comment": (
                                                "Utredningen är klar och Hälso- och sjukvårdens "
                                                "ledningsgrupp har beslutat vilka besökare som "
                                                "även i fortsättningen parkerar gratis."
                                            ),
                                            "note": (
                                                "Symbolen saknas. Valt uppnått: ett "
                                                "beslutsunderlag togs fram och redovisades, och "
                                                "'Där beslutades' hur fri parkering ska erbjudas "
                                                "framöver."
                                            ),
                                        },
                                    },
                                    "children": [],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
}
