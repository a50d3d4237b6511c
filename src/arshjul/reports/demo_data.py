"""The demo's document texts: short summaries in our own words of what the seeds' free-text
sections say (not their paragraphs), and the outline adjustments the seeds show.

TEXTS[(doc_type, year)][section key] = HTML (sanitised on the way in, like any text).
TITLES[(doc_type, year)][section key] = a title that differs from the type's default.
"""

TEXTS: dict[tuple[str, int], dict[str, str]] = {
    ("verksamhetsberattelse", 2021): {
        "inledning": (
            "<p>Verksamhetsberättelsen följer upp nämndens verksamhetsplan för 2021, som bygger "
            "på regionfullmäktiges mål och nämndens egna mål och uppdrag.</p>"
            "<p>Regionservice är regionens serviceorganisation: fastigheter, IT, medicinsk "
            "teknik, kost, transport, städ, vårdnära service, ekonomi- och löneadministration, "
            "upphandling, arkiv, växel och Servicecenter.</p>"
        ),
        "syfte": (
            "<p>Regionservice finns till för att regionens verksamheter ska kunna möta "
            "invånarnas och samhällets behov.</p>"
        ),
        "vasentliga_handelser": (
            "<p>Årets viktigaste händelser:</p>"
            "<ul><li>vården flyttade in i H-huset vid Universitetssjukhuset Örebro</li>"
            "<li>nytt ekonomi- och inköpssystem (Raindance) infördes i januari</li>"
            "<li>pandemin: vaccinationsnoder byggdes upp, efterfrågan på städ och vårdnära "
            "service ökade kraftigt och Regionservice tog över packningen av PCR-kit "
            "(238 600 kit från september till december)</li>"
            "<li>fortsatt stöd för distansarbete</li></ul>"
            "<p>Pandemins omställningar gav i stort inga negativa ekonomiska följder; kost, "
            "bilpool och parkering påverkades negativt.</p>"
        ),
        "handlingsplan": (
            "<p>Nämnden redovisar en ekonomi i balans. Reduceringsuppdraget pausades under 2021 "
            "på grund av pandemin.</p>"
        ),
        "framtida_utmaningar": (
            "<p>De viktigaste utmaningarna de kommande åren:</p>"
            "<ul><li>tjänster som möter omvärldens krav och den digitala förflyttningen</li>"
            "<li>effektiviseringar för att klara besparingarna</li>"
            "<li>metoder för dialog med kunderna</li>"
            "<li>klimatförändringarna</li>"
            "<li>hållbart ledar- och medarbetarskap i en modernare organisation</li></ul>"
        ),
    },
    ("upphandlingsrapport", 2021): {
        "inledning": (
            "<p>Rapporten redovisar Regionservice upphandlingar under helåret 2021: kommande, "
            "pågående och avslutade upphandlingar, antal anbud och överprövningar.</p>"
        ),
    },
    ("verksamhetsplan", 2024): {
        "inledning": (
            "<p>Verksamhetsplanen styr servicenämnden och förvaltningen Regionservice. Nämnden "
            "ansvarar för regionens serviceverksamheter inom de ekonomiska ramarna och enligt "
            "fullmäktiges mål, och ser till att den interna kontrollen är tillräcklig.</p>"
        ),
        "vision_och_vardegrund": (
            "<p>Regionens värdegrund: <strong>samarbete</strong>, <strong>utveckling</strong> "
            "och <strong>professionalism</strong>.</p>"
        ),
        "syfte_och_roll": (
            "<p>Regionservice ska tillsammans med regionens verksamheter tillgodose invånarnas "
            "och samhällets behov, som en möjliggörande och värdeskapande servicepartner.</p>"
        ),
        "omvarld": (
            "<p>Omvärlden präglas av osäkerhet: pandemi, krig, klimat, inflation och stigande "
            "räntor. Regionens ekonomi är mycket ansträngd och verksamheten behöver kosta mindre "
            "de kommande åren.</p>"
            "<p>Fokusområden från nämndens omvärldsseminarium i maj 2023:</p>"
            "<ul><li>det ekonomiska läget</li><li>motståndskraft och anpassningsförmåga</li>"
            "<li>förändrat arbetsliv och digitaliseringens möjligheter</li></ul>"
            "<p>Införandet av vårdinformationsstödet Cosmic i april 2024 kräver mycket "
            "resurser.</p>"
        ),
        "organisation": (
            "<p>Regionservice leds av en förvaltningschef och har sex områden: fastigheter, "
            "försörjning, inköp och upphandling, IT, medicinsk teknik och Shared Service Center, "
            "samt en stab. Kansliet organiseras i staben från 1 januari 2024.</p>"
        ),
        "uppfoljning": (
            "<p>Nämnden följer upp planen i två delårsrapporter och en verksamhetsberättelse, "
            "och ekonomin i månadsrapporter.</p>"
        ),
    },
    ("verksamhetsplan", 2025): {
        "inledning": (
            "<p>Verksamhetsplanen styr servicenämnden och förvaltningen Regionservice inom de "
            "ekonomiska ramarna och fullmäktiges mål.</p>"
        ),
        "vision_och_vardegrund": (
            "<p>Regionens vision: <em>Tillsammans skapar vi ett bättre liv</em>. Värdegrunden: "
            "samarbete, utveckling och professionalism.</p>"
        ),
        "syfte_och_roll": (
            "<p>Regionservice är regionens servicepartner och ska möjliggöra för vården och "
            "övriga verksamheter att möta invånarnas behov.</p>"
        ),
        "omvarld": (
            "<p>Regionens ekonomi är fortsatt ansträngd. Planen för 2025 bygger på fullmäktiges "
            "nya målsättningar och styrtal.</p>"
        ),
        "organisation": (
            "<p>Sex områden: fastigheter, försörjning, inköp och upphandling, IT, medicinsk "
            "teknik och Shared Service Center, samt en stab.</p>"
        ),
        "uppfoljning": ("<p>Uppföljning sker i delårsrapporter och verksamhetsberättelse.</p>"),
    },
    ("handlingsplan", 2024): {
        "inledning": (
            "<p>Handlingsplanen beskriver de åtgärder som ska ge en ekonomi i balans, med "
            "effekten per år i tkr.</p>"
        ),
    },
}

TITLES: dict[tuple[str, int], dict[str, str]] = {
    ("verksamhetsplan", 2025): {"mal_strategier_uppdrag": "Målsättningar, styrtal och uppdrag"},
}
