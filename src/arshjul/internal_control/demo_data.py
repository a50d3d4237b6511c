"""The seeds' internal control as data: the risks (002 §8.1, 003 §9.1, 004 §9.1), the 2021 plan
with its helår follow-up, the ISK-bedömning 2021 and the 2024 and 2025 plans.

Risk and action texts, processes, statuses and answers are the seeds' own; the explanations of
the answers and the comments are our short summaries, not the seeds' paragraphs. Where a
choice had to be made (a missing status symbol, a responsible unit named only in the text,
the ISK requirements a risk names) it is recorded in ``docs/demo-data-internal-control.md``.
The seeds print no probability, consequence or deadline, so none is given here.

RISKS: key → (process, risk text, scope, audit report, ISK requirements).
A plan: list of (risk key, [action, …]); an action: (text, region-wide, responsible unit key,
follow-up or None); a follow-up: (status, effect, effect text, next year, reason, comment).
"""

from __future__ import annotations

Followup = tuple[str, str, str, str, str, str]
ActionData = tuple[str, bool, str | None, Followup | None]
PlanData = list[tuple[str, list[ActionData]]]

R, B = "regionovergripande", "namndspecifik"

INFOSAK_TEXT = (
    "Risken att verksamheten inte efterlever tillämplig dataskyddslagstiftning (GDPR och "
    "Patientdatalagen). Samt NIS-direktivet och lag (2018:1174) om informationssäkerhet för "
    "samhällsviktiga och digitala tjänster."
)
KONTINUITET_TEXT = (
    "Risken att Regionservice inte kan bedriva verksamhet vid en större samhällsstörning och "
    "därmed inte leverera material och tjänster till kunder som har samhällskritisk verksamhet."
)
LEVERANS_TEXT = (
    "Risken att leveranser av tjänster, material och utrustning försenas eller uteblir på grund "
    "av situationen i omvärlden."
)
UNDERHALL_TEXT = (
    "Risk att ett ändamålsenligt underhåll av regionens fastigheter inte är helt säkerställt "
    "samt att underhållet inte sker med tillräcklig intern kontroll."
)

RISKS: dict[str, tuple[str, str, str, str, str]] = {
    "hr_sam_2021": (
        "HR",
        "Risken att systematiskt arbetsmiljöarbete (SAM) inte efterlevs.",
        B,
        "",
        "",
    ),
    "ekonomi_ekonomisystem": (
        "Ekonomi",
        "Risken att projektet att införa ett nytt ekonomisystem inte klarar att leverera "
        "resultat enligt mål i projektplan.",
        B,
        "",
        "",
    ),
    "informationssakerhet": ("Informationssäkerhet", INFOSAK_TEXT, B, "", "ce"),
    "kvalitet_arbetssatt": (
        "Kvalitet och utveckling",
        "Risken att arbetssätt/processer inte utgår och tar hänsyn till intressenters krav och "
        "behov samt skapar förutsägbara resultat.",
        B,
        "",
        "",
    ),
    "juridik_korruption": (
        "Juridik",
        "Risken att otillbörlig påverkan, muta/bestickning och korruption förekommer.",
        B,
        "",
        "",
    ),
    "kontinuitet_2021": ("Kontinuitetshandling", KONTINUITET_TEXT, B, "Revisionsrapport", ""),
    "mt_sakerhet": (
        "Medicinteknisk säkerhet",
        "Risken att berörda verksamheter inom Regionservice inte efterlever gällande "
        "lagstiftning rörande medicintekniska produkter (MTP).",
        B,
        "",
        "c",
    ),
    "mt_anskaffning": (
        "Medicinteknisk anskaffning",
        "Risken att den interna kontrollen inte är tillräcklig gällande anskaffning och "
        "redovisning av medicinsk teknik.",
        B,
        "Revisionsrapport 19RS3049",
        "d",
    ),
    "hr_sam_2024": (
        "HR",
        "Risk för ohälsa och olycksfall om systematiskt arbetsmiljöarbete (SAM) inte är "
        "välfungerande i vardagen.",
        R,
        "",
        "",
    ),
    "kontinuitet_2024": ("Kontinuitetshantering", KONTINUITET_TEXT, B, "Revisionsrapport", ""),
    "leveranser_2024": ("Kontinuitetshantering", LEVERANS_TEXT, B, "", ""),
    "fastighetsunderhall": ("Fastighetsunderhåll", UNDERHALL_TEXT, B, "Revisionsrapport", ""),
    "hr_sam_2025": (
        "HR",
        "Risk att systematiskt arbetsmiljöarbete (SAM) inte är välfungerande i vardagen.",
        R,
        "",
        "",
    ),
    "kontinuitet_2025": ("Kontinuitetshandling", KONTINUITET_TEXT, B, "", ""),
    "leveranser_2025": ("Kontinuitetshandling", LEVERANS_TEXT, B, "", ""),
    "ekonomi_robotattest": (
        "Ekonomi",
        "Risken att inköpsmönster ändras i och med införandet av robotattester.",
        B,
        "",
        "",
    ),
    "ekonomi_marknadsplats": (
        "Ekonomi",
        "Risken att inköp inte sker via marknadsplats, även om funktionaliteten finns, och att "
        "vi handlar utanför avtal.",
        B,
        "",
        "",
    ),
}

A, D, E = "avslutad", "delvis", "ej_genomford"

INFOSAK_1 = (
    "Säkerställ ett systematiskt och riskbaserat informationssäkerhetsarbete med användande av "
    "de resurser som i prioritering i förhållande till andra angelägna verksamheter, kan "
    "anslås. All berörd personal ska ha god kunskap om och medverka till att följa regelverk "
    "för informationssäkerhet, att informationsklassa och riskbedöma vid inköp, upphandling "
    "och förändring som kan påverka informationssäkerheten."
)
INFOSAK_2 = (
    "Säkerställ att informationsklassning av IT-stöd som innehåller personuppgifter har "
    "genomförts i enlighet med riktlinje för informationsklassning."
)
INFOSAK_3 = (
    "Informationsägare/objektägare ska säkerställa att identifierade "
    "informationssäkerhetsbrister åtgärdas."
)
LEVERANS_ACTION = (
    "Identifiera processer i samhällsviktig verksamhet där personal-, material- eller "
    "utrustningsbrist får konsekvenser. Bevaka och vidta förebyggande åtgärder för att "
    "minimera brister som kan uppkomma."
)
UNDERHALL_ACTION = (
    "Planera förutsättningar och omfattning för att ta fram långsiktiga underhållsplaner med "
    "tillhörande rutiner, styrdokument och systemstöd."
)

PLAN_2021: PlanData = [
    (
        "hr_sam_2021",
        [
            (
                "Varje chef ska säkerställa efterlevnaden av SAM utifrån de regionövergripande "
                "dokument som finns, och uppföljning ska ske i ledningsgrupper och i "
                "samverkansgrupper.",
                True,
                None,
                (
                    A,
                    "ja",
                    "Åtgärden gav arbetsmiljöarbetet extra fokus i avstämningar, "
                    "arbetsplatsträffar och ledningsgrupper.",
                    "ja",
                    "den uppföljande delen av SAM behöver stärkas ytterligare",
                    "Nya chefer får en introduktion i arbetsmiljö; tätare HME-mätningar har "
                    "kompletterat medarbetarenkäten.",
                ),
            ),
        ],
    ),
    (
        "ekonomi_ekonomisystem",
        [
            (
                "Säkerställ att överlämnat supportansvar från projektet bemannas med nödvändiga "
                "resurser i supportorganisationen (servicecenter och förvaltningsobjektet "
                "ekonomistöd) under driftstartsperioden.",
                False,
                None,
                (A, "ja", "Supporten togs över i samarbete med projektet.", "nej", "", ""),
            ),
            (
                "Utvärdera användarstödet efter driftstart. Vid behov ta fram kompletterande "
                "utbildningsinsatser och användarstöd. Förvaltningsobjektet ekonomistöd ska ta "
                "fram en plan för löpande utbildningar.",
                False,
                None,
                (A, "ja", "Utbildningar för slutanvändare och chefer har hållits.", "nej", "", ""),
            ),
            (
                "Förvaltningsobjektet ekonomistöd ska åtgärda eventuella avvikelser utifrån "
                "överlämnad utvärdering av ekonomisystemet gentemot effektmål i projektplan.",
                False,
                None,
                (A, "ja", "Få restpunkter återstod; de hanterades under hösten.", "nej", "", ""),
            ),
            (
                "Säkerställ att slutanvändarna genomför utbildning och får stöd i det nya "
                "ekonomisystemet.",
                True,
                None,
                (A, "ja", "Utbildningar och material fanns inför driftstarten.", "nej", "", ""),
            ),
        ],
    ),
    (
        "informationssakerhet",
        [
            (
                INFOSAK_1,
                True,
                None,
                (
                    A,
                    "ja",
                    "Utbildningar och en handbok i informationssäkerhet har tagits fram.",
                    "ja",
                    "arbetet pågår ständigt eftersom förutsättningar och hot förändras",
                    "Säkerhetssamordnaren saknades större delen av året.",
                ),
            ),
            (
                INFOSAK_2,
                True,
                None,
                (
                    A,
                    "ja",
                    "17 vårdsystem är informationsklassade, 0 återstår; 55 stödsystem är "
                    "klassade, 5 återstår; 1 övrigt system återstår.",
                    "ja",
                    "",
                    "",
                ),
            ),
            (
                INFOSAK_3,
                True,
                None,
                (A, "ja", "Kända brister åtgärdas; nya hot kräver fortsatt översyn.", "ja", "", ""),
            ),
        ],
    ),
    (
        "kvalitet_arbetssatt",
        [
            (
                "Risken hanteras genom mål och indikatorer inom strategin kvalitet och "
                "utveckling. Återrapporering av status sker i delårs- och helårsrapportering.",
                False,
                None,
                (A, "ja", "Se strategins mål och indikatorer.", "nej", "", ""),
            ),
        ],
    ),
    (
        "juridik_korruption",
        [
            (
                "Implementera ny riktlinje när denna är framtagen och beslutad.",
                True,
                None,
                (
                    E,
                    E,
                    "Den nya regionövergripande riktlinjen har inte kommit ännu.",
                    "nej",
                    "riktlinjen införs som andra nya riktlinjer i regionen",
                    "",
                ),
            ),
            (
                "Se över och vid behov revidera Riktlinje leverantörskontakter, Regionservice.",
                False,
                None,
                (
                    E,
                    E,
                    "Riktlinjen reviderades 2020; vidare arbete väntar på den regionövergripande.",
                    "nej",
                    "revideringsbehov hanteras i dokumenthanteringssystemet Platina",
                    "",
                ),
            ),
            (
                "Genomför riskanalys och riktade utbildningsinsatser för att få god följsamhet "
                "till Regionservice riktlinje för leverantörskontakter.",
                False,
                None,
                (
                    A,
                    "ja",
                    "Fem av sex områden och stab har genomfört åtgärden.",
                    "nej",
                    "förvaltningschefen följer upp den verksamhet som återstår",
                    "",
                ),
            ),
        ],
    ),
    (
        "kontinuitet_2021",
        [
            (
                "I samarbete med uppdragsgivarna fastställa kraven; vad som är kritiskt och "
                "miniminivå för leverans av material/tjänster.",
                False,
                None,
                (
                    D,
                    "delvis",
                    "Genomförd inom ett område; arbetet pågår i övriga.",
                    "ja",
                    "det är ett långsiktigt arbete",
                    "",
                ),
            ),
            (
                "Ta fram metodstöd som möjliggör ett systematiskt arbetssätt med "
                "kontinuitetsplanering för förvaltningen.",
                False,
                None,
                (
                    E,
                    E,
                    "Metodstödet är inte framtaget; resurs saknades.",
                    "ja",
                    "",
                    "",
                ),
            ),
            (
                "Ta fram kontinuitetsplan för verksamheten.",
                False,
                None,
                (
                    D,
                    "delvis",
                    "Område IT har en kontinuitetsplan; övriga områden har kommit olika långt.",
                    "ja",
                    "det är ett långsiktigt arbete",
                    "",
                ),
            ),
            (
                "Område fastigheter ska bidra i det fortsatta arbetet med frågan om erforderlig "
                "tillgång på diesel. Det är för att säkerställa att regionens verksamhet kan "
                "genomföras även under ansträngda förhållanden.",
                False,
                "fastigheter",
                (
                    A,
                    "",
                    "Dieselfrågan ingår i de tekniska försörjningsplanerna men är inte löst ännu.",
                    "ja",
                    "",
                    "",
                ),
            ),
        ],
    ),
    (
        "mt_sakerhet",
        [
            (
                "Område medicinsk teknik anpassar system och utbildar berörda verksamheter i "
                "reviderad riktlinje och handbok medicintekniska produkter (MTP).",
                False,
                "mt",
                (
                    A,
                    "ja",
                    "Ett nytt ledningssystem för medicintekniska produkter är fastställt.",
                    "ja",
                    "men då rörande egentillverkning av medicintekniska produkter",
                    "",
                ),
            ),
        ],
    ),
    (
        "mt_anskaffning",
        [
            (
                "Genomför en spendanalys avseende den utrustning som Område medicinsk teknik "
                "upphandlar.",
                False,
                "mt",
                (
                    A,
                    "",
                    "Områdets avtal registreras nu i Spendency; köp utan avtal syns ändå i "
                    "kategorin.",
                    "nej",
                    "",
                    "",
                ),
            ),
        ],
    ),
]

PLAN_2024: PlanData = [
    (
        "hr_sam_2024",
        [
            (
                "Varje chef ska hantera sina fördelade arbetsmiljöuppgifter och arbeta "
                "systematiskt med att undersöka, riskbedöma, åtgärda och följa upp sina "
                'medarbetares arbetsmiljö. Till stöd finns intranätssidan: "Arbeta systematiskt '
                'med arbetsmiljön" och ett årligt hjul för SAM.',
                True,
                None,
                None,
            ),
            (
                "Varje chef ska årligen följa upp sitt arbetsmiljöarbete genom den rutin som "
                "finns för det.",
                True,
                None,
                None,
            ),
            (
                "Fördelande chef ska årligen stämma av hur arbetet med arbetsmiljöuppgifterna "
                "fungerar och att det finns förutsättningar för arbetsmiljöarbetet.",
                True,
                None,
                None,
            ),
        ],
    ),
    (
        "informationssakerhet",
        [
            (INFOSAK_1, False, None, None),
            (INFOSAK_2, False, None, None),
            (INFOSAK_3, False, None, None),
        ],
    ),
    (
        "kontinuitet_2024",
        [
            ("Ta fram kontinuitetsplan för verksamheten, enligt MSB:s modell.", False, None, None),
            (
                "Påbörja arbetet med att förstärka och renovera elförsörjningen på länets tre "
                "sjukhus, enligt teknisk försörjningsplan. Syftet är att säkerställa robusthet "
                "och redundans av strömförsörjning.",
                False,
                None,
                None,
            ),
        ],
    ),
    ("leveranser_2024", [(LEVERANS_ACTION, False, None, None)]),
    (
        "fastighetsunderhall",
        [
            (UNDERHALL_ACTION, False, None, None),
            ("Redovisa inrapporterade nyckeltal med tillhörande analys.", False, None, None),
        ],
    ),
]

PLAN_2025: PlanData = [
    (
        "hr_sam_2025",
        [
            (
                "Varje chef ska hantera sina fördelade arbetsmiljöuppgifter och arbeta med att "
                "undersöka och riskbedöma alla arbetsmiljöförhållanden, sätta in åtgärder och "
                "följa upp att åtgärderna haft effekt.",
                True,
                None,
                None,
            ),
            (
                "Varje chef ska årligen följa upp sitt arbetsmiljöarbete enligt rutin och "
                "förbättra där det är nödvändigt.",
                True,
                None,
                None,
            ),
            (
                "Fördelade chef ska minst årligen stämma av hur arbetsmiljöarbetet fungerar och "
                "att det finns förutsättningar för arbetsmiljöarbetet",
                True,
                None,
                None,
            ),
        ],
    ),
    (
        "informationssakerhet",
        [
            (
                "Säkerställ att det finns ett väl fungerande och systematiskt "
                "informationssäkerhetsarbete utifrån identifierade risker med utsedda resurser. "
                "All personal ska dessutom ha god kunskap om relevanta regelverk för "
                "informationssäkerhet och kunna riskbedöma samt informationsklassa information "
                "i sitt arbete.",
                False,
                None,
                None,
            ),
            (
                "Säkerställ att informationsklassning av IT-stöd som saknar informationsägare "
                "genomförs i enlighet med riktlinjen för informationsklassning.",
                False,
                None,
                None,
            ),
            (INFOSAK_3, False, None, None),
        ],
    ),
    (
        "kontinuitet_2025",
        [
            (
                "Fortsätta arbetet med kontinuitetshandling inklusive att ta fram överenskommen "
                "servicenivå, så kallade Service level agreement (SLA ) tillsammans med berörda "
                "förvaltningar.",
                False,
                None,
                None,
            ),
            (
                "Säkerställa robusthet och redundans på länets tre sjukhus genom att förstärka, "
                "utveckla och underhålla den tekniska försörjningen.",
                False,
                None,
                None,
            ),
        ],
    ),
    ("leveranser_2025", [(LEVERANS_ACTION, False, None, None)]),
    ("fastighetsunderhall", [(UNDERHALL_ACTION, False, None, None)]),
    (
        "ekonomi_robotattest",
        [
            (
                "Rutin för internkontroll är framtagen. Kontroll ska utföras årsvis för att "
                "säkerställa att inköpsmönster inte förändrats.",
                False,
                None,
                None,
            ),
        ],
    ),
    (
        "ekonomi_marknadsplats",
        [("Kontroll av andelen inköp i marknadsplats har ökat mot 2023.", False, None, None)],
    ),
]

PLANS: dict[int, PlanData] = {2021: PLAN_2021, 2024: PLAN_2024, 2025: PLAN_2025}
FOLLOWUP_PERIOD = {2021: "helar"}

ISK_2021 = (
    True,
    "ISK-processen är dokumenterad enligt riktlinjen och har tillämpats som beslutat i "
    "planering, genomförande och uppföljning under året.",
)
