"""Who said it: claimants, relay chains, bases and hedges for the figures of a sentence.

A sentence's attribution cues are found first — "X said", "according to X", "X, citing Y, …" —
each with the claimant noun phrase it introduces. Each figure then takes the cue that governs it:
the nearest "according to / as per" with no other figure in between, else the reporting verb of
its sentence. When both apply, the verb's subject is the claimant and the "according to" outlet a
relay. A named source cited by the subject becomes the claimant, with the subject as a relay; an
unnamed one ("its own sources") becomes the basis. Pronouns and "the agency" resolve to the last
fitting named claimant of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from reportedly import timing
from reportedly.discourse import Memory, looks_person
from reportedly.figures import Found, Tok, match_at, match_before, positions
from reportedly.lexicon import lang_key, load, phrases
from reportedly.names import (
    ARTICLES,
    CONNECTORS,
    DETERMINERS,
    KNOWING_WORDS,
    LOWER_REPORTS,
    MEMBERS,
    NAME_JOINERS,
    NAME_PARTICLES,
    ONE_OF_THEM,
    ORG_HEADS,
    REPORT_LIKE,
    SELF_REFERENCES,
    Name,
    aliases,
    capitalized,
    countries,
    is_business,
    is_demonym,
    name_words,
    numbered,
    strip_report,
)
from reportedly.numbers import number_lexicon, vocabulary

#: Nouns that are also reporting verbs ("the report", "it reports").
NOUN_LIKE = frozenset("report reports estimate estimates claim claims statement update "
                      "records count tally".split())
#: Possessives that open a noun phrase ("its latest report").
POSSESSIVES = frozenset("its their his her our su sus".split())
#: Those nouns, and more, that can end a claimant's phrase ("citing leaked government documents").
PHRASE_END_NOUNS = NOUN_LIKE | {"documents", "figures"}

#: What a body's size counts: "the 650-member House", "the 151-seat lower house".
MEMBERSHIP = frozenset("member seat".split())

#: What an outlet is called when referred back to ("el mismo medio").
OUTLET_NOUNS = frozenset("medio diario periódico rotativo semanario cadena emisora canal outlet "
                         "newspaper paper channel network broadcaster daily".split())

#: Those briefed who tell the press: "the NIS told lawmaker Park Sun-won".
LAWMAKERS = frozenset("lawmaker lawmakers legislator mp senator congressman congresswoman "
                      "diputado diputada legislador legisladora senador senadora".split())

#: People who interview a speaker and pass on what was said: "told blogger Konstantin Dolgov".
INTERVIEWERS = frozenset("blogger journalist reporter podcaster interviewer presenter host "
                         "periodista bloguero presentador presentadora".split())

#: Words that open a clause of time or cause: its verb says nothing of what came before.
SUBORDINATORS = frozenset("since after before when until once because".split())

#: Verbs of a further hop written verb first: ", según recogió Reuters".
RELAYED = frozenset("recogió recoge recogía informó publicó difundió reprodujo".split())

#: Abbreviations inside names: "St. Lucie", "Mt. Kenya".
NAME_ABBREVIATIONS = frozenset("st mt ft pt lt gen col maj sgt capt brig adm cmdr gov sen rep "
                               "dr prof".split())

#: What a report is called besides its name: "el último boletín", "its latest report"; also
#: what is left of "the preliminary estimate" once the report's noun is dropped.
REPORT_ADJECTIVES = frozenset("""último última latest new nuevo nueva its su sus their reciente
    recent preliminary partial flash final initial previous earlier unofficial provisional
    revised advance official own preliminar definitivo definitiva""".split())

#: Participles of a figure measured by someone: "measured at 7.4 by the USGS".
MEASURED = frozenset("measured estimated put rated assessed recorded registered "
                     "calculated".split())

#: Verbs of what a monitor's counts rest on: "a monitor that relies on a network of …".
RELIES = frozenset("relies rely relying draws drawing basa basan".split())

#: What a figure forecast or given by someone is called: "the 7.1% forecast by Nomura",
#: "an earlier toll of 174 given by the provincial government".
FORECAST = frozenset("forecast forecasts predicted projected expected given".split())

#: Words that open an amount: "added about 20,000 jobs".
NUMBER_LEADS = frozenset("about some around roughly nearly almost over more another".split())

#: Participles by which who compiled a report becomes its author ("figures compiled by").
AUTHORED = frozenset("compiled published released issued recopilados publicados".split())

#: People described by where they work: "a doctor at the hospital".
STAFF = frozenset("""official officials officer officers doctor doctors source sources nurse
    nurses worker workers staff employee employees spokesman spokeswoman spokesperson director
    head manager researcher researchers analyst analysts diplomat diplomats""".split())

#: Broadcasters whose names end in a number: "Channel 12", "Rossiya 24".
NUMBERED_MEDIA = frozenset("Channel Canal Kanal Rossiya Radio TV Rustavi Antena Cadena France "
                           "Telemundo Jabar".split())
#: Parts of a body numbered in its name: "International Association of Machinists District 751".
NUMBERED_PARTS = frozenset("District Local Lodge Precinct Ward".split())
#: A channel named by a number and letters: "2M".
CHANNEL_NUMBER = re.compile(r"\d[A-Z]{1,3}")
#: Kinds of outlet written after a name that ends in a number: "the Rossiya 24 channel".
MEDIA_KINDS = frozenset("channel television tv news radio station canal televisión".split())

#: What an outlet carries of someone's words: "en informaciones que recoge EFE".
ACCOUNTS = frozenset("información informaciones declaraciones palabras comunicado "
                     "comunicados mensaje".split())

#: What an aside after a closing tag calls the claim: ", a claim Reuters could not verify".
CLAIM_NOUNS = frozenset("claim claims assertion figure figures account number cifra "
                        "afirmación dato".split())

#: Participles of publishing: "difundido este sábado por" (the time expressions' own list,
#: and more ways a Spanish outlet carries a report).
PUBLISHED = timing.PUBLISHED | frozenset("divulgado divulgada emitido emitida recogido "
                                         "recogida".split())

#: Possessives by which a speaker's own system or partners are named: "according to its …"
#: ("our" is the article's own).
OWN = POSSESSIVES - {"our"}

#: What "last"/"this" dates after a name, which ends before them ("the New York Times last
#: August", "… this week").
LAST_PERIODS = frozenset("""january february march april may june july august september october
    november december week month year""".split())

#: Nouns that open business news and are not a company ("Revenue rose 5%, the company said").
COMMON_OPENERS = frozenset("""revenue profit output production inflation unemployment growth
    demand turnover income spending investment employment consumption trade traffic""".split())

#: What a company does with its results or its business, right after its name at the start
#: of a sentence: "Nvidia forecast …, the chipmaker said" (not "Inflation rose …").
TRADING_VERBS = frozenset("""posted reported forecast cut raised lowered booked earned made sold
    delivered shipped recorded swung announced agreed added gained shed hired slashed lifted
    generated spent paid bought acquired unveiled launched ganó registró obtuvo produjo vendió
    facturó perdió logró elevó redujo recortó anunció cerró invirtió ingresó""".split())

#: Words after a company's name that open its plans: "Volkswagen will cut 35,000 jobs …, the
#: carmaker said".
BUSINESS_MODALS = frozenset("will would has had plans aims expects".split())

#: Those who do the finding, named only by what they are: "Police found …".
DOERS = frozenset("""police authorities officers troops soldiers firefighters inspectors customs
    policía autoridades agentes bomberos militares soldados""".split())

#: News broken before it is official, after "según": "según ha avanzado la Cadena SER" (not
#: cues anywhere else: "el PIB avanzó un 3,4 %", "el dato adelantado").
ADVANCED = frozenset({"avanzado", "avanzó", "adelantado", "adelantó"})

#: Spanish verbs of forecasting: cues only before what they foresee ("prevé que …").
FORESEES = frozenset({"prevé", "prevén", "preveía", "previó", "previsto"})
#: Verbs of celebrating, cues only before what is celebrated ("celebró que …").
CELEBRATES = frozenset({"celebró", "celebra", "celebraron"})

#: Papers of a court or a prosecutor: whose they are is who the sentence says acted.
LEGAL_PAPERS = frozenset("""sentencia escrito auto resolución fallo ruling judgment judgement
    indictment verdict""".split())

#: Whom a speaker tells, right after "told": "Park told reporters the spy agency believed …".
AUDIENCES = frozenset("reporters journalists lawmakers parliament parliamentarians".split())

#: Words that say a statement was made to the same outlet as the one before it.
SAME_INTERVIEW = frozenset({"entrevista", "interview", "declaraciones", "remarks", "transcript",
                            "statement", "comunicado", "letter", "carta", "video", "vídeo"})

#: What makes anonymous people a source: "people familiar with the matter", "a person with
#: knowledge of the talks".
FAMILIAR = re.compile(rf"(?:{KNOWING_WORDS}) "
                      r"(?:the|an?|its|their) (?:\w+ ){0,2}(?:matter|situation|plans?|talks|deal|"
                      r"discussions|negotiations|investigation|case|decision|process|thinking|"
                      r"probe|issue|assessments?|reports?|findings|figures|data|documents?|"
                      r"estimates?|count|tally|inquiry|review)\b")
FAMILIAR_FIRST = frozenset({"familiar", "with", "close", "briefed"})

#: What a body has, in a relative clause that describes it: "which has 800,000 members".
HAS_VERBS = frozenset("""has have employs represents counts houses hosts operates runs owns
    holds controls shares serves tiene cuenta emplea representa agrupa alberga posee
    controla comparte comparten acoge acogen gestiona opera""".split())

#: Those whose forecasts a consensus gathers: "the 8.8 trillion won forecast by analysts,
#: according to LSEG SmartEstimate" is LSEG's, on the analysts' basis.
FORECASTERS = frozenset("economists analysts forecasters strategists traders investors "
                        "markets".split())

#: What an agency holds that a person then reports: "The spy agency believes …, Lee said".
ASSESSES = frozenset("believes believe assesses assessed estimates estimated".split())

#: Verbs whose claim is the figure in their own clause: "which the USGS measured at 5.6".
MEASURING = frozenset("measured put puts putting".split())

#: What someone "gave" when they gave a figure: "gave a lower figure of around 32,000".
GIVEN_FIGURES = frozenset("figure figures toll estimate count number tally".split())

#: Participles that describe what was reported to someone: "cases reported to the WHO".
RECORDED_TO = frozenset("reported notified confirmed registered recorded".split())

#: Verbs after which a reporting word is a noun: "citing reports from its observers".
CITING = frozenset("citing quoting citando".split())

#: An agency of the UN referred back to: "la agencia de la ONU", "the UN agency".
UN_AGENCY = re.compile(r"(?:(?:[Ee]l|[Ll]a|[Ee]ste|[Ee]sta|[Dd]icho|[Dd]icha)\s+)?"
                       r"(?:organismo|agencia|organización|oficina|institución)"
                       r"(?:\s+(?:humanitaria|especializada|sanitaria|alimentaria))?"
                       r"\s+(?:de\s+la\s+ONU|de\s+(?:las\s+)?"
                       r"Naciones\s+Unidas|onusian[oa])(?:\s+con\s+sede\s+en\s+[A-Z]\w+)?"
                       r"|(?:[Tt]he\s+)?(?:UN|U\.N\.|United\s+Nations)(?:\s+weather)?"
                       r"\s+(?:agency|body|organi[sz]ation)")


STOP_NP = {
    "en": frozenset(
        "that which who whom whose when while where because as if but and or so than then it its "
        "his her their they he she we was were is are be been has have had will would could "
        "not also in on at to from by for with into after before during since until over under "
        "about against between through along this these those there here what how why more less "
        "said says told although though whereas above below".split()),
    "es": frozenset(
        "que quien quienes cuando donde porque como pero y o en a con por para desde hasta "
        "sobre tras durante contra entre se su sus dijo dice ha han había fue es son aunque "
        "mientras sino pues haber".split()),
}


PREPOSITIONS = frozenset("in on at with by from into during after before of for under over "
                         "through en con por desde tras durante".split())


NP_INNER = frozenset({"of", "de", "del", "for", "and", "y", "the", "la", "el", "los", "las",
                      "'s", "’s", "-", "&"})


#: Verbs after a noun phrase that make it a clause's subject, not a speaker after its verb.
CLAUSE_VERBS = frozenset("was were is are be been has have had will would could should may might "
                         "can must".split())

#: Participles of who runs a body, after its name ("the R4V platform run by …").
OVERSEEING = frozenset("run led operated managed funded backed owned chaired headed "
                       "coordinated overseen".split())

#: Participles that credit the figure before them to whoever comes after "by" ("the 359
#: announced earlier by police", "las 23 muertes reconocidas por las autoridades").
CREDITED = frozenset("""announced reported confirmed recorded documented registered counted
    acknowledged reconocidas reconocidos confirmadas confirmados registradas registrados
    documentadas documentados contabilizadas contabilizados reportadas reportados anunciadas
    anunciados notificadas notificados""".split())
#: The same as verbs of a clause after the figure ("the 64 cases the Pentagon had announced").
CREDITED_VERBS = frozenset("announced reported confirmed recorded documented registered".split())

#: Words that point back at what was just cited ("according to these figures").
DEMONSTRATIVES = frozenset("these those this that estos esos estas esas este ese esta esa "
                           "dichos dichas".split())

#: How a figure is expected by those who forecast it ("the $12.61 billion analysts expected").
EXPECTING = (FORECAST - {"given", "forecasts"}) | {"estimated", "anticipated"}

#: What a relative clause says of where a place is ("which lies 100 miles south of …").
PLACE_VERBS = frozenset("lies lay covers covered spans stretches borders sits".split())

#: Data firms cited for consensus figures, whom "the iPhone maker" never means.
DATA_FIRMS = frozenset({"LSEG", "Refinitiv", "FactSet", "Visible Alpha", "Bloomberg"})

#: Data that "show" something inside a speaker's clause ("X said the numbers showed …").
SPEAKING_DATA = frozenset("numbers figures data accounts sheets results records statistics "
                          "tallies modelling modeling projections calculations".split())

#: Who is sent to a body, before its name and theirs ("ambassador to the OSCE Michael …").
ENVOYS = frozenset("ambassador envoy representative delegate".split())

#: "according to a statement read on state broadcaster MRTV": what a statement was read on.
READ_ON = frozenset({"read", "aired", "broadcast", "shown"})
#: A North American broadcaster's call sign: "KHOU", "WFAA-TV" (four letters: "WHO" is not one).
CALL_SIGN = re.compile(r"[KWC][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")
#: Verbs that close a sentence with who says it: "…, chief executive Mark Zuckerberg said".
CLOSING_SAID = frozenset("said says told added reported wrote".split())
#: What a company raises that is its own claim: "raised its forecast to 5%".
OUTLOOKS = frozenset("""forecast forecasts outlook guidance estimate estimates target targets
    projection projections view expectations""".split())
#: An outlet's noun after "told the": "He told the agency that …".
TOLD_OUTLET_NOUNS = frozenset("agency channel network station broadcaster newspaper paper".split())
#: Who speaks for a party: "lawyers for his family said".
COUNSEL = frozenset("""lawyer lawyers attorney attorneys counsel representatives
    spokesperson spokesman spokeswoman""".split())
#: Whom a company serves or employs: "170,000 Austin Energy customers".
SERVED = frozenset("""customers subscribers users employees workers passengers clients
    shareholders members""".split())
#: Who leads a body, after its noun: "el banco presidido por Carlos Torres".
LED_BY = frozenset("""presidido presidida dirigido dirigida encabezado encabezada liderado
    liderada led chaired run headed""".split())
#: Both sides of a deal, referred back to: "…, the companies said".
BOTH_COMPANIES = frozenset({"the companies", "both companies", "the two companies",
                            "las compañías", "ambas compañías", "ambas empresas", "las empresas",
                            "las dos compañías", "las dos empresas"})
#: Verbs of a company's deal for another: "Chevron will buy Hess".
DEAL_VERBS = frozenset("""buy buys bought acquire acquires acquired purchase merge merges merged
    combine combines combined comprar compra compró adquirir adquiere adquirió fusionar""".split())
#: Studies "of" something, then "by" who made them: "an analysis of 17 studies … led by X".
STUDIES = frozenset("analysis study review survey audit investigation".split())
#: What a company does with figures it puts out: "figures the automaker released".
MADE_PUBLIC = frozenset("""released disclosed published filed made issued provided gave submitted
    posted compiled shared presented reported""".split())
#: Wires with a Spanish service: "dijo a Efe" names the publisher of the story, not a relay.
SPANISH_WIRES = frozenset({"efe", "europa press", "reuters", "agence france-presse", "afp",
                           "associated press", "ap", "dpa", "ansa", "sputnik", "xinhua"})
#: Words that start the subject after a verb ("dijo a Efe una fuente médica").
SUBJECT_STARTS = frozenset({"el", "la", "los", "las", "the", "un", "una", "unos", "unas"})


#: Time words between a verb and its inverted subject ("informó este martes el …").
AFTER_VERB_TIME = frozenset("este esta el la ayer hoy lunes martes miércoles jueves viernes "
                            "después luego finalmente posteriormente ya además también "
                            "sábado domingo noche mañana tarde semana on monday tuesday "
                            "wednesday thursday friday saturday sunday yesterday today late "
                            "early".split())


#: "el ministerio que dirige X": who leads an institution.
LEADS = frozenset("dirige encabeza preside lidera dirigía encabezaba presidía lideraba".split())

#: Who lives in a place: "una ciudad de 32.000 habitantes".
INHABITANTS = frozenset("habitantes inhabitants residents people personas residentes".split())

POPULATION = frozenset({"población", "population"})


COMPASS = frozenset("north south east west northeast northwest southeast southwest "
                    "north-east north-west south-east south-west".split())


#: Words of news outlets' names, when the alias table does not know them ("a Europa Press",
#: "told Al Jazeera", "Radio Dabanga", "Channel 12").
OUTLET_HINTS = frozenset("reuters afp ap bbc cnn jazeera arabiya radio tv television televisión "
                         "channel canal cadena agencia europa broadcaster newspaper news times "
                         "post journal daily press yonhap interfax tass ria efe xinhua sky nbc "
                         "cbs abc fox npr guardian telegraph bloomberg diario periódico "
                         "emisora portal medio revista semanario rotativo website site "
                         "magazine paper tabloid weekly programme program podcast".split())


#: A speaker who may not be named: "who asked not to be identified".
ANONYMITY = re.compile(r"(?:(?:who|que|quien)\s+(?:(?:asked|requested|declined|spoke|was not|"
                       r"were not|pidió|pidieron|solicitó|habló|hablaron)\b)|speaking|talking|"
                       r"hablando).*(?:named|identified|anonymity|publicly|the media|"
                       r"identificad[oa]s?|anonimato|nombre)"
                       r"(?:\s+(?:for fear of|because|as|since|due to|por temor a|por miedo a|"
                       r"por razones de|por motivos de)\b.*)?$", re.I)  # ("… for fear of …")
#: Participles that open such a clause ("officials speaking on condition of anonymity").
ANONYMOUS_SPEAKING = frozenset({"speaking", "talking", "hablando"})


QUAKES = frozenset("earthquake earthquakes quake quakes tremor terremoto sismo seísmo "
                   "temblor".split())
#: The words a magnitude that only names a quake needs (see ``Attributor._quake_named``).
QUAKE_WORDS = QUAKES | {"magnitude", "magnitud"}


DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

#: Verbs of what happened as much as of what was said ("Yemen has recorded 95,000 cases").
RECORDED = frozenset("recorded records registered registers logged".split())

#: Verbs of revising, cues only before one's own forecast ("recortó su estimación").
REVISING = frozenset("recortó recortaron mejoró revisó cut cuts trimmed lowered "
                     "upgraded downgraded nudged halved lifted".split())
FORECASTS = frozenset("""estimación estimaciones previsión previsiones pronóstico pronósticos
    proyección proyecciones forecast forecasts estimate estimates projection projections
    outlook""".split())

#: Spanish verbs of recording, cues only after a body that measures ("La AEMET registró …").
REGISTERED = frozenset("registró registraron registra registran detectó detectaron detecta "
                        "detectan detectado".split())

#: Verbs of a body's own decision, told by its officer: "The bank raised its rate …".
RAISING = frozenset("raised cut lowered".split())

#: Words of an indefinite subject ("Some estimates put the toll at …", "algunas estimaciones").
SOME = frozenset("some other several algunas algunos otras otros varias varios".split())

#: Verbs of finding or counting: what they found reaches the article through whoever the
#: sentence's closing tag names.
FINDING = RECORDED | frozenset("""found documented counted detected discovered identified
    tallied documentado documentados documentadas registrado registrados registradas
    contabilizado contabilizados hallado encontrado detectado""".split())

PASSIVE_BE = frozenset("been be being was were is are".split())

#: Participles of making a survey or study: "exit polls conducted by Edison Research".
CONDUCTED = frozenset("conducted commissioned carried led realizada realizado elaborado elaborada "
                      "encargada encargado".split())
#: What those polled do, after their share: "Only 10% said …", "el 40 % afirmó …".
RESPONDENTS_SAY = frozenset("said say says dijo dijeron afirmó afirmaron cree creen".split())
#: Verbs that are cues only for a bank's move of its policy rate.
RATE_MOVES = frozenset("held kept left hiked reduced increased holds keeps".split())
#: Every verb that may move a bank's rate ("cut", "raised", "held", "recortó", "elevó").
RATE_VERBS = RATE_MOVES | REVISING | frozenset({"raised", "raises", "elevó"})
#: What a party to a case asks for, and who the parties are.
LEGAL_ASKS = frozenset("sought requested asked argued pidió solicitó".split())
LEGAL_PARTIES = frozenset("""prosecutors prosecution prosecutor lawyers lawyer attorneys attorney
    plaintiffs fiscalía fiscal abogados abogado""".split())  # (not "defence": a ministry's)
#: Nouns that end like adverbs: "the assembly said", "the daily reported".
LY_NOUNS = frozenset("""assembly family ally supply rally monopoly anomaly daily weekly monthly
    quarterly""".split())
#: What a bank moves, and who the banks are.
RATE_NOUNS = frozenset("rate rates selic repo tipos tasa tasas".split())
BANKS = frozenset("""bank banks fed reserve banco banxico riksbank bundesbank reserva""".split())
#: Verbs of keeping a count: "El Registro … contabiliza más de 110.000 personas".
COUNTS = frozenset("contabiliza contabilizan counts".split())
#: Participles of passing data on, not of making it: "figures cited by the WHO".
PASSED_PARTICIPLES = frozenset("""cited compiled collected gathered quoted carried relayed
    recogidos recogidas citados citadas compilados compiladas difundidos difundidas""".split())

#: "a 24-year high", "its highest level in 28 years": a record, told by the journalist.
RECORD_WORDS = frozenset("high low record peak máximo mínimo récord".split())


LEVEL_WORDS = frozenset("level levels high low highest lowest nivel niveles máximo mínimo "
                        "year years".split())


#: Days and parts of a day: "este viernes", "esta mañana".
WHEN_WORDS = frozenset("lunes martes miércoles jueves viernes sábado domingo mañana tarde noche "
                       "semana mes año fin".split())


#: Endings of participles ("actualizados", "publicada", "released").
PARTICIPLE_ENDS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ed")

#: Documents that stand for whoever published them.
REPORT_NOUNS = REPORT_LIKE | LOWER_REPORTS | {"census", "censo", "polls"}


#: Words that make "the source" one already named ("la misma fuente", "dichas fuentes").
DEFINITE = frozenset({"the", "el", "la", "los", "las", "misma", "mismas", "mismo", "mismos",
                      "dicha", "dichas", "same"})


#: Words right before a subject that may say what a report is by, of or based on.
REPORT_LINKS = frozenset("by from de del on en of".split())

#: Words that open a sentence about a quantity, not a name ("Otras 4.508 personas …").
QUANTIFIERS = frozenset("""otros otras unos unas más menos cerca alrededor casi hasta solo sólo
    apenas another other some more about nearly almost over""".split())


#: Counts and estimates that are their author's own figures ("un recuento de Reuters").
TALLIES = frozenset("recuento conteo cálculos cálculo estimaciones estimación proyecciones "
                    "tally count estimate estimates calculations".split())


#: "Mismo": the one just named, possibly in the same sentence ("según el mismo parte").
MISMO = frozenset({"misma", "mismas", "mismo", "mismos", "same"})


#: What opens a relative clause after a comma (", que …", ", en el que …", ", which …").
RELATIVE_OPENERS = frozenset({"que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas",
                              "donde", "which", "who", "whose", "where"})


#: Relative clauses of their own ("…, donde según los CDC …"); ", que" may follow a verb.
PLACE_RELATIVES = frozenset({"donde", "cuyo", "cuya", "cuyos", "cuyas", "where", "whose"})

RELATIVE_AFTER = frozenset({"que", "cual", "cuales", "quien", "quienes", "which", "whom"})


RELATIVE_PREPOSITIONS = frozenset({"en", "de", "con", "por", "desde", "para", "a", "durante",
                                   "in", "of", "with", "during", "from"})


PAST_WORDS = frozenset("había habían fue fueron era eran had was were".split())


#: "…, una ciudad de unos 32.000 habitantes, …": a place described by the journalist.
PLACE_NOUNS = frozenset("""ciudad localidad población pueblo villa aldea región provincia país
    isla capital municipio comarca zona área enclave barrio distrito archipiélago nación estado
    puerto city town village region province country island capital district enclave nation
    port state megacity metropolis county kingdom territory archipelago emirate reino territorio
    emirato camp campamento prison base airport plant mine dam refinery reactor prisión cárcel
    aeropuerto planta mina presa refinería""".split())


#: What opens a clause of time before its subject: "since the Kremlin announced", "desde que".
TIME_CLAUSE = frozenset({"since", "que"})


#: Words that refer back to the last claimant, named or not ("las mismas fuentes").
SAME = frozenset({"misma", "mismas", "mismo", "mismos", "same", "propio", "propia", "propios",
                  "propias"})


#: What was said, then how an outlet passed it on: "in a report cited by the Punch newspaper",
#: "in a video carried by", "in a letter seen by".
_PASSED_ON = [f"in {said} {how}" for said in (
    "a statement", "a report", "remarks", "comments", "a post", "a message", "a video", "a letter",
    "a note", "a filing", "a document", "an interview", "a briefing", "a speech")
    for how in ("carried by", "cited by", "quoted by", "reported by", "published by",
                "aired by", "broadcast by", "relayed by", "seen by", "obtained by",
                "as reported by", "as cited by", "as quoted by", "as carried by")]
# (figures and data only "cited by": "in figures published by X" names who made them, a cue of
# its own in cues.yml)
_PASSED_ON += [f"in {what} {how}" for what in ("figures", "data")
               for how in ("cited by", "relayed by")] + ["in figures carried by"]
# the same in Spanish, the participle agreeing with what was said: "en una comparecencia
# difundida por el Canal 4", "en unas declaraciones recogidas por"
_PASSED_ON += [f"en {said} {stem}{ending} por" for said, ending in (
    ("un comunicado", "o"), ("una comparecencia", "a"), ("un mensaje", "o"), ("un vídeo", "o"),
    ("un video", "o"), ("una entrevista", "a"), ("unas declaraciones", "as"),
    ("declaraciones", "as"), ("una rueda de prensa", "a"), ("una nota", "a"),
    ("un discurso", "o"), ("una carta", "a"), ("un mensaje televisado", "o"))
    for stem in ("difundid", "recogid", "citad", "publicad", "emitid", "transmitid",
                 "reproducid")]
PASSED_ON = phrases(_PASSED_ON)
#: English anaphors whose noun the canonical name drops ("the Tongan government" is Tongan's):
#: found in the name as written.
WRITTEN_HEADS = frozenset({"government"})
#: What a threshold is called after its number: "the 272 needed for a majority".
NEEDED = frozenset("needed required necesarios necesarias necesario necesaria".split())
#: A body's own people, who speak for it: "counted by its staff".
OWN_PEOPLE = frozenset("staff teams team monitors researchers experts".split())
#: Social platforms: what is posted there reaches the article through no one.
PLATFORMS = frozenset("""telegram x twitter facebook instagram youtube tiktok whatsapp
    threads bluesky weibo wechat vk linkedin""".split()) | {"truth social"}
#: Phrases before the outlet a claimant spoke to, or that passed on what was said.
INTERVIEWS = phrases([
    "en una entrevista con", "en entrevista con", "en declaraciones a", "in an interview with",
    "in remarks to", "en una entrevista concedida a", "in a statement read on",
    "in a statement broadcast on", "in a statement to", "in comments to", "in an email to",
    "in a text message to", "in remarks broadcast on", "in an interview broadcast on",
    "in an interview aired on", "en declaraciones a la",
    "en declaraciones al", "en unas declaraciones a", "a través de",
    "in an article for", "in an op-ed for", "in a column for", "in an opinion piece for",
    "in a commentary for", "in figures shared with", "in a separate interview with",
    "in an exclusive interview with", "in a recent interview with", "en un artículo para",
    "en una columna para", "en una tribuna en", *_PASSED_ON])
#: Verbs of picking up, whose subject follows them in Spanish: "que a su vez recoge la agencia
#: Reuters" (Reuters picks it up; not "que a su vez recoge un comunicado del …").
PICKED_UP = frozenset("recoge recogía recogió".split())
#: Nouns of a body that speaks as one, though not named: "a government committee", "junta".
BODIES = frozenset("""committee commission junta council ministry government agency authority
    comité comisión consejo ministerio gobierno agencia autoridad""".split())
#: What a speaker writes that an outlet may see: "in a letter to the United Nations seen by …".
LETTERS = frozenset("""letter memo email note carta correo mensaje message post publicación
    tuit""".split())
#: The phrases of :data:`INTERVIEWS` by which an outlet carried what was said to another.
CARRIED = frozenset({"in remarks carried by", "in comments carried by", "in remarks cited by",
                     "in remarks reported by", "in comments reported by", "in comments cited by"})


#: Asides between a subject and its verb ("X, por su parte, sitúa …").
ASIDES = phrases([", por su parte ,", ", a su vez ,", ", en cambio ,", ", por otro lado ,",
                  ", por su lado ,", ", for its part ,", ", for their part ,", ", in turn ,",
                  ", meanwhile ,", ", however ,", ", sin embargo ,", ", además ,"])


#: Auxiliaries between "según" and its verb ("según ha informado …").
AUXILIARIES = frozenset({"ha", "han", "había", "habían", "habría", "has", "have", "had"})

#: Relative pronouns that stand for the claimant just named ("…, que cifra en …").
RELATIVES = frozenset({"que", "who", "which", "quien", "quienes"})

#: Words that, after a comma, start a contrasting clause with its own claimant.
CONTRASTS = frozenset({"while", "whereas", "but", "pero", "although", "aunque"})
#: Words that end a cited phrase ("citing officials as saying", "… and said", "… that").
PHRASE_STOPS = frozenset("as and that which who to y que quien para but pero".split())
#: Reasons given after "citing", which are no one's claim ("citing a shortage of staff").
REASONS = frozenset("""shortage shortages lack demand cost costs concern concerns weather problem
    problems difficulties delays delay uncertainty pressure pressures reasons inflation
    persistent resilient weak weaker weakening strong stronger robust sluggish slowing rising
    falling higher lower heavy investment investments spending growth tariffs competition
    escasez falta demanda costes costos problemas motivos razones preocupación preocupaciones
    dificultades retrasos""".split())
#: Participles that report for the subject of the clause before them ("…, saying …").
PARTICIPLES_OF_SAYING = frozenset({"saying"})
#: Participles of asking people, which stay with them in a basis ("Economists polled").
ASKED = frozenset({"polled", "surveyed", "encuestados", "consultados", "sondeados"})

#: The words that ``Attributor._verb_is_cue`` has a run of rules about, one word each: most
#: cues ("said") skip the run with one test.
WORD_RULES = RECORDED_TO | frozenset("""briefed registered confirmed reported states state
    forecast predicted estimated expects expected expect ruled rules found finds find gave gives
    told tells""".split())

#: What opens "who asked not to be named" (see ``Attributor._anonymity_clause``).
ANONYMITY_OPENERS = frozenset({"who", "que", "quien"})

#: Words that can separate the clauses of a sentence (see ``Attributor._separated``).
SEPARATORS = CONTRASTS | {";", "mientras", "y", "and", "as"}


#: Pronoun subjects and the kind of claimant they refer back to.
PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "group", "él": "person",
            "ella": "person", "ellos": "group"}


#: Last words of an organisation's name that "it" can stand for in a closing tag.
IT_HEADS = ORG_HEADS | frozenset("""airport airline airlines airways company corporation inc
    ltd plc authority commission board""".split())


#: Sentence-initial links before a subjectless Spanish verb ("Además, indicó que …").
SPANISH_LINKS = frozenset({"además", "asimismo", "también", "luego", "después", "y"})


BOUNDARY = frozenset({",", ".", ";", ":", "(", ")", "—", "–", '"', "“", "”", "«", "»", "?",
                      "!", "[", "]"})


@dataclass(slots=True)
class Cue:
    """An attribution cue in a sentence: its token position, kind and the names it carries."""

    kind: str  # "verb" (X said) or "pp" (according to X)
    at: int
    end: int
    name: Name | None
    relays: list[Name] = field(default_factory=list)
    np_start: int = 0
    np_end: int = 0
    preposed: bool = False
    outer: Name | None = None
    #: Hops beyond ``outer``: "citada por Y y recogida por Z" (Z).
    further: list[Name] = field(default_factory=list)
    #: A verb after "and" that reports a clause claims only the figures after this token (the
    #: conjunction): "El Banco recortó la tasa en 50 puntos y advirtió que …" (not the 50).
    claims_from: int = 0
    #: "according to a statement carried by X": X named only as what carried a report.
    carried: bool = False


def _past(word: str) -> bool:
    """Whether a word is a verb in a past tense (preterite, imperfect, pluperfect)."""
    if word in PAST_WORDS:
        return True
    if len(word) < 4 or word.endswith(("ría", "rían")):
        return False  # a conditional: "podría alcanzar" looks ahead
    return word.endswith(("ó", "aron", "ieron", "aba", "aban", "ía", "ían"))


class Cues:
    """The cue lexicon for one language."""

    def __init__(self, lang: str) -> None:
        data = load("cues")[lang]
        self.verbs = {w.casefold() for w in data["verbs"]}
        self.before = phrases(data["before"])
        self.relay = phrases(data["relay"])
        self.cited_by = phrases(data["cited_by"])
        self.based_on = phrases(data["based_on"])
        self.skip = {w.casefold() for w in data["skip"]}
        self.hedges = phrases(load("cues")["hedges"][lang])
        #: Number words a participle can follow as an adjective ("44 million registered
        #: voters", "four alleged gunmen"): scales, hundreds and the number lexicon's words.
        self.numbers = _scale_words(lang) | frozenset(number_lexicon(lang).classes)
        #: A sentence with none of these words has no attribution cue.
        # (a bank's rate moves are triggers, not verbs: "held" ends no noun phrase)
        self.triggers = frozenset(self.verbs | self.before.firsts | self.relay.firsts
                                  | RATE_MOVES | LEGAL_ASKS)


@cache
def cues(lang: str) -> Cues:
    return Cues(lang)


#: How Spanish demonyms end that no verb form of the news ends with ("israelí", "chileno",
#: "estadounidense", "portugués", "español", "ruso").
SPANISH_DEMONYM_ENDINGS = ("í", "ano", "ense", "eño", "és", "ino", "ol", "uso", "ego")


def _described(text: str) -> bool:
    """ "Argentina's largest union confederation": a place's, then only lowercase words (a
    description, not a name)."""
    words = text.split()
    return len(words) >= 2 and words[0].endswith(("'s", "’s")) and words[0][:1].isupper() \
        and all(w.islower() for w in words[1:])


def _closing(toks: list[Tok], j: int) -> int | None:
    """Where the parenthesis opened at ``j`` closes, when it holds one to three capitalized
    words ("(CNE)", "(CDC África)", "(CSP-DPA)"); None otherwise."""
    if toks[j].text != "(":
        return None
    for m in range(j + 1, min(len(toks), j + 6)):
        if toks[m].text == ")":
            inner = [t for t in toks[j + 1:m] if t.text != "-"]  # (glued by hyphens)
            return m if inner and len(inner) <= 3 and all(t.text[:1].isupper()
                                                          for t in inner) else None
    return None


@cache
def _scale_words(lang: str) -> frozenset[str]:
    lexicon = number_lexicon(lang)
    return frozenset(lexicon.word_scales) | frozenset(lexicon.hundreds)


@cache
def _mention_words(kind: str) -> frozenset[str]:
    """The words that can introduce a name of ``kind`` (see :meth:`Attributor.mention`)."""
    table = aliases()
    if kind == "person":
        return frozenset(table.titles) | frozenset(
            w for w, k in table.anaphora.items() if k == "person")
    return frozenset(table.descriptors) | frozenset(
        w for w, k in table.anaphora.items() if k == "org")


@cache
def _np_plain(lang: str) -> frozenset[str]:
    """The words :meth:`Attributor.np_before` has a test for; any other alphabetic word followed
    by a space simply extends the noun phrase."""
    c = cues(lang)
    return frozenset(STOP_NP[lang_key(lang)] | c.verbs | {
        "at", "in", "en", "on", "de", "del", "al", "la", "las", "los", "el", "the", "and", "y",
        "e", "of", "for", "para", "state"} | AUDIENCES)


class Attributor:
    """Finds the cues of a sentence and attributes its figures."""

    # (one per sentence, the last few kept by the memory: slots make them quicker to make and
    # to let go)
    __slots__ = ("_before", "_candidates", "_contrasts", "_hedge_memo", "_same_outlet", "_vocab",
                 "aliases", "background", "cues", "found", "found_so_far", "lang", "memory",
                 "stop", "text", "toks")

    def __init__(self, toks: list[Tok], lang: str | None, memory: Memory,
                 text: str | None = None) -> None:
        self.toks = toks
        self.text = text  # the document the tokens' offsets point into, when known
        self.lang = lang_key(lang)
        self.cues = cues(self.lang)
        self.aliases = aliases()
        self.memory = memory
        self.found: list[Cue] = []
        self.stop = STOP_NP[self.lang]
        self._hedge_memo: str | None = None
        self._same_outlet: tuple[Name, list[Name]] | None = None  # "según el mismo diario"
        self.found_so_far: list[Cue] = []
        self._contrasts: list[int] | None = None
        self._candidates: list[int] = []
        self._vocab: frozenset[str] | None = None  # (see ``vocab``)
        #: where the figures the journalist states on their own start ("Lula, de 76 años,"):
        #: not claimed by a statement the sentence goes on with
        self.background: set[int] = set()
        #: the last claim before this sentence (claimant, relays), set when it is attributed
        self._before: tuple[Name | None, list[Name]] = (None, [])
        memory.sentences.append(self)

    @property
    def vocab(self) -> frozenset[str]:
        """The sentence's lower-cased words. Most rules look for words most sentences lack
        ("since", "polled", "earthquake"): one test against these answers them for the
        sentence before any token is scanned."""
        if self._vocab is None:
            self._vocab = vocabulary(self.toks)
        return self._vocab

    # -- noun phrases ------------------------------------------------------------------------

    def np_after(self, i: int) -> tuple[int, int]:
        """The claimant noun phrase starting at token ``i``: (start, end)."""
        toks = self.toks
        j = i
        while j < len(toks) and j - i < 24:
            t = toks[j]
            if t.text == "," and j > i + 1 and self.lang == "es" \
                    and toks[j - 2].low in ("de", "del") and toks[j - 1].text[:1].isupper():
                end = self._portfolio_list(j)
                if end is not None:
                    j = end  # "el Ministerio de Inclusión, Seguridad Social y Migraciones"
                    continue
            if t.text == "," and j > i and self.lang == "en" and toks[j - 1].text[:1].isupper() \
                    and (end := self._listed_name(j)) is not None:
                j = end  # "the Meteorology, Climatology and Geophysical Agency (BMKG)"
                continue
            if t.text in BOUNDARY:
                close = _closing(toks, j)
                if close is not None and j > i:
                    j = close + 1  # "Consejo Nacional Electoral (CNE)", "(CDC África)"
                    continue
                if t.text == "." and j > i and toks[j - 1].low in NAME_ABBREVIATIONS \
                        and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
                    j += 1  # "el condado de St. Lucie"
                    continue
                break
            if j > i and not toks[j - 1].ws and t.text != "(":
                j += 1  # glued to the previous token: "commander-in-chief", "Sun-won"
                continue
            if t.low in ("al", "with") and j > i and j + 3 < len(toks) \
                    and toks[j + 1].text.isdigit() and toks[j + 2].text == "%" \
                    and toks[j - 1].low in REPORT_NOUNS and toks[j + 3].low in ("de", "del", "of"):
                j += 3  # "el escrutinio al 100 % del Ministerio del Interior"
                continue
            if t.low in LED_BY and j == i + 2 and toks[i].low in ARTICLES \
                    and j + 2 < len(toks) and toks[j + 1].low in ("por", "by") \
                    and toks[j + 2].text[:1].isupper():
                j += 2  # "el banco presidido por Carlos Torres"
                continue
            if t.low in FAMILIAR_FIRST and j > i and (
                    m := FAMILIAR.match(" ".join(x.low for x in toks[j:j + 7]))):
                j += m.group(0).count(" ") + 1  # "people familiar with the matter"
                continue
            if t.low == "de" and j + 1 < len(toks) and toks[j + 1].low == "que":
                break  # "advirtió en declaraciones a la BBC de que …"
            if t.low in ("un", "una") and self.lang == "es" and j > i \
                    and toks[j - 1].text[:1].isupper() and t.text.islower():
                break  # "dijo al diario La Nación un alto funcionario": the outlet, then who
            if t.low in QUANTIFIERS and j > i and toks[j - 1].text[:1].isupper() \
                    and t.text.islower():
                break  # "atribuyó en declaraciones al diario La Nación alrededor del 70 %"
            if j > i and t.low in ANONYMOUS_SPEAKING and self._anonymity_after(j) is not None:
                break  # "citing U.S. officials speaking on condition of anonymity"
            if j > i and j + 1 < len(toks) and (t.low, toks[j + 1].low) in (
                    ("bajo", "condición"), ("on", "condition")):
                break  # "dijo a Reuters bajo condición de anonimato"
            if j > i and t.text.islower() and t.low in self.cues.verbs \
                    and t.low not in NOUN_LIKE and t.low not in REPORT_NOUNS \
                    and toks[j - 1].text[:1].isupper() and (j + 1 >= len(toks)
                                                          or toks[j + 1].text in BOUNDARY):
                break  # "figures from the Department of Housing show."
            if t.low in ("early", "late") and j > i and toks[j - 1].text[:1].isupper() \
                    and j + 1 < len(toks) and toks[j + 1].low in ("on", "in", "this", "last"):
                break  # "published by the Federal Returning Officer early on Monday"
            if t.low in ("last", "this") and j > i and j + 1 < len(toks) \
                    and toks[j - 1].text[:1].isupper() and toks[j + 1].low in LAST_PERIODS:
                break  # "quoted by The New York Times last August"
            if t.low in ("hours", "days", "minutes", "moments", "weeks", "shortly") and j > i \
                    and toks[j - 1].text[:1].isupper() and j + 1 < len(toks) \
                    and toks[j + 1].low in ("after", "before", "later", "earlier"):
                break  # "released by the White House hours after …"
            if t.low in ("en", "in") and j + 1 < len(toks) and toks[j + 1].low in ("jefe", "chief"):
                j += 2  # "comandante en jefe", "commander in chief"
                continue
            if t.low in ("y", "and") and j > i and j + 2 < len(toks) \
                    and all(x.text.islower() for x in toks[i:j]) \
                    and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() \
                    and toks[j + 1].low not in self.cues.verbs \
                    and toks[j + 1].low not in ("que", "that", "who", "which", "el", "la", "the") \
                    and (toks[j - 1].low in self.aliases.groups
                         or toks[j - 1].low in REPORT_NOUNS or toks[j + 1].low == "de"
                         or toks[j + 2].low in self.aliases.groups):
                j += 1  # "fuentes locales y de seguridad", "hospital and police officials"
                continue
            if t.low in ("y", "and") and j > i and j + 1 < len(toks) \
                    and toks[j + 1].low in self.aliases.titles and toks[j + 1].text.islower():
                j += 1  # "la vicepresidenta segunda y ministra de Trabajo"
                continue
            if t.low in ("para", "for") and j > i and any(
                    toks[m].low in self.aliases.titles for m in range(i, j)):
                end = next((m for m in range(j + 1, min(len(toks), j + 5))
                            if toks[m].text == ","), None)
                if end is not None:  # "el enviado especial de EE.UU. para el país, Tom …"
                    j = end
                    continue
            if j > i and t.low in ARTICLES and t.text.islower() and (
                    toks[j - 1].text[:1].isupper() or toks[j - 1].text == ")") \
                    and j + 1 < len(toks) and toks[j + 1].text.islower() \
                    and toks[j - 1].low not in CONNECTORS:
                break  # "en declaraciones a EFE la coordinadora …": another noun phrase
            if j > i and len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20") \
                    and toks[j - 1].low in DETERMINERS and j + 1 < len(toks) \
                    and toks[j + 1].low in REPORT_NOUNS:
                j += 1  # "a 2022 survey by the National Center for Health Statistics"
                continue
            if t.low == "a" and j > i and toks[j - 1].low in REPORT_NOUNS \
                    and [x.low for x in toks[j + 1:j + 4]] == ["boca", "de", "urna"]:
                j += 4  # "un sondeo a boca de urna de la consultora Ipsos"
                continue
            if t.low == "a" and self._a_inside_name(i, j):
                j += 1  # "Servicio Nacional de Atención Integral a Personas Privadas de …"
                continue
            if (t.low in ("by", "in") or (t.low == "with" and toks[j - 1].low in ("filing",
                                                                                  "filings"))
                    or (t.low == "from" and i > 0 and (
                    toks[i - 1].low in self.cues.before.lasts
                    or (toks[i - 1].low in self.cues.relay.lasts
                        and toks[i].low in ("a", "an", "the"))))) \
                    and j > i and toks[j - 1].low in REPORT_LIKE \
                    and j + 1 < len(toks) \
                    and (toks[j + 1].text[:1].isupper() or (
                        (toks[j + 1].low in ARTICLES or toks[j + 1].low in ("a", "an")) and any(
                            u.text[:1].isupper() for u in toks[j + 2:j + 7]))):
                j += 1  # "projections by the Associated Press", "a tally by the think tank
                continue  # Indepaz", "citing a document from the Finance Ministry", "minutes
                # from an internal meeting of the National Health Commission": the report's author
            if t.low in self.stop and len(t.text) == 1 and t.text.isupper() and j > i \
                    and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
                j += 1  # "el diario O Globo": a letter of the name, not "o"
                continue
            if t.low in ("su", "sus") and j > i and toks[j - 1].low in ("de", "del") \
                    and j + 1 < len(toks) and toks[j + 1].text.isalpha() \
                    and toks[j + 1].low not in self.stop:
                j += 1  # "el jefe de su brazo armado, Mohamed Deif", "la portavoz de su
                continue  # Ministerio de Defensa, Maly Socheata"
            if t.low in ("y", "and") and j > i and toks[j - 1].text[:1].isupper() \
                    and j + 3 < len(toks) and toks[j + 1].low in ("de", "del", "of") and (
                        toks[j + 2].text[:1].isupper() or (toks[j + 2].low in ARTICLES
                                                            and toks[j + 3].text[:1].isupper())):
                j += 2  # "Federación … de la Cruz Roja y de la Media Luna Roja"
                continue
            if t.low in self.stop and not (j == i and t.low in DETERMINERS):
                if t.low in CONNECTORS and j + 1 < len(toks) and toks[j + 1].low not in DAYS \
                        and (
                        toks[j + 1].text[:1].isupper() or (self.lang == "es"
                        and t.low in ("de", "del") and toks[j + 1].text.isalpha())
                        or (toks[j + 1].low in ("the", "la", "las", "los", "el")
                        and j + 2 < len(toks) and toks[j + 2].text[:1].isupper())):
                    j += 1
                    continue
                if t.low in ("in", "en") and j > i and toks[j - 1].text[:1].isupper() \
                        and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
                    j += 1
                    continue
                break
            if j > i and (t.low in QUANTIFIERS or t.low == "al") and j + 1 < len(toks) and (
                    toks[j + 1].low[:1].isdigit() or toks[j + 1].low == "menos"):
                break  # "según la Asociación de Detenidos unas 30.000 personas …"
            if j > i and self.lang == "es" and t.text.islower() and len(t.low) > 5 \
                    and t.low.endswith(("ría", "rían")):
                break  # a conditional verb: "según las madres buscadoras pertenecerían a …"
            if t.low[:1].isdigit() and j > i and len(t.text) <= 3 \
                    and toks[j - 1].text[:1].isupper() and (
                        j + 1 >= len(toks) or toks[j + 1].text in BOUNDARY
                        or toks[j + 1].low in self.stop or toks[j + 1].low in self.cues.verbs
                        or toks[j + 1].low in MEDIA_KINDS):
                j += 1  # a number ending a name: "France 24", "Canal 12", "Justicia 11J",
                continue  # "the Rossiya 24 channel"
            if j > i and numbered(t.text) and not t.text.isupper() \
                    and any(toks[m].low in OUTLET_HINTS or toks[m].low in REPORT_NOUNS
                            for m in range(i, j)):
                j += 1  # a name that opens with digits: "el diario independiente 14ymedio",
                continue  # "una encuesta de 40dB"
            if j > i and t.text[:1].isdigit() and (n := self._channel_number(j)):
                j += n  # "state television 2M", "la televisión pública 2M"
                continue
            if t.low[:1].isdigit() or (j > i and (
                    (t.low in self.cues.cited_by.firsts and match_at(toks, j, self.cues.cited_by))
                    or (t.low in self.cues.relay.firsts and match_at(toks, j, self.cues.relay))
                    or (t.low in self.cues.based_on.firsts and match_at(toks, j,
                                                                        self.cues.based_on)))):
                break
            if j > i and t.text.islower() and t.low.endswith(PARTICIPLE_ENDS) \
                    and t.low not in REPORT_LIKE and (
                    (self.lang == "es" and t.low.endswith(("ados", "idos", "adas", "idas")))
                    or self._published_by(j)):
                break  # "los datos del Ministerio actualizados …", "… publicada este viernes por"
            if j > i and t.low in PHRASE_END_NOUNS and t.text.islower() \
                    and (j + 1 >= len(toks) or toks[j + 1].text in BOUNDARY) and all(
                    toks[m].text.isalpha() and toks[m].text.islower() for m in range(i, j)):
                j += 1  # "citing leaked government documents,": a noun ending the phrase
                continue
            if j > i and t.low in REPORT_LIKE and toks[i].low in DETERMINERS and all(
                    toks[m].text.replace(".", "").isalpha() for m in range(i + 1, j)):
                j += 1  # "an internal security report", "an IAEA report": a noun, not "report"
                continue
            if j > i and t.low in self.cues.verbs and t.text.islower() and not (
                    j + 1 < len(toks) and toks[j + 1].low in ("'s", "’s")) and not (
                    toks[j - 1].low in DETERMINERS and not toks[j - 1].text.isupper()) \
                    and not (j + 1 >= len(toks) or toks[j + 1].text in BOUNDARY) and not (
                    t.low in REPORT_LIKE and any(x.low in ("'s", "’s") for x in toks[i:j])) \
                    and not (t.low == "state" and toks[j - 1].text[:1].isupper()):
                break  # "according to Ukrainian reports." keeps its noun "reports", as does
                # a report someone owns ("the FBI's annual crime report released on Monday")
                # and a place's state ("the Sinaloa state prosecutor's office")
            if j > i + 1 and self.lang == "en" and t.low in OVERSEEING and t.text.islower() \
                    and j + 1 < len(toks) and toks[j + 1].low == "by":
                break  # "the R4V platform run by the U.N. refugee agency": who runs it
            j += 1
        return i, j

    def _a_inside_name(self, i: int, j: int) -> bool:
        """Whether the "a" at ``j`` joins one name ("Asociación de Asistencia a Presos
        Políticos"), not a name and whom it spoke to ("el ministro de Salud a Europa Press")."""
        toks = self.toks
        if not (j > i + 2 and j + 2 < len(toks) and toks[j - 1].text[:1].isupper()
                and toks[j + 1].text[:1].isupper() and toks[j + 2].text[:1].isupper()
                and any(toks[k].low in ("de", "del") for k in range(i, j))):
            return False
        outlet = self.aliases.by_alias.get(self.aliases.key(self.text_of(j + 1, j + 3))) \
            or self.aliases.by_alias.get(self.aliases.key(toks[j + 1].text))
        return not (outlet and outlet[1] == "media") and toks[j + 1].low not in OUTLET_HINTS

    def _channel_number(self, k: int) -> int:
        """How many tokens from ``k`` make the number a channel is named by, after its kind
        ("state television 2M", "la televisión pública 2M"); 0 when there is none (always
        for a token that does not start with a digit)."""
        toks = self.toks
        if k < 1 or k >= len(toks) or not (toks[k - 1].low in MEDIA_KINDS or (
                k > 1 and toks[k - 2].low in MEDIA_KINDS)):
            return 0
        if CHANNEL_NUMBER.fullmatch(toks[k].text):
            return 1
        if toks[k].text.isdigit() and len(toks[k].text) == 1 and not toks[k].ws \
                and k + 1 < len(toks) and toks[k + 1].text.isupper():
            return 2  # ("2", "M": split)
        return 0

    def _contact_clause_at(self, k: int) -> bool:
        """Whether the "the" at ``k`` opens the subject of a clause that describes the noun
        before it, with no "that": "a move the Treasury said would save …", "a population the
        region's authorities had put at 120,000"."""
        toks = self.toks
        return self.lang == "en" and k >= 2 and toks[k].low == "the" \
            and toks[k - 2].low in ("a", "an", "the") \
            and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
            and toks[k - 1].low not in self.stop and toks[k - 1].low not in NP_INNER \
            and toks[k - 1].low not in self.cues.verbs \
            and not toks[k - 1].low.endswith(("ed", "ing"))

    def _contact_clause(self, cue: Cue) -> bool:
        """Whether a verb cue's subject opens such a clause (its claim is its own, passed on
        by no one who speaks around it)."""
        return cue.kind == "verb" and self._contact_clause_at(cue.np_start)

    def np_before(self, v: int) -> tuple[int, int]:
        """The subject noun phrase ending just before token ``v``: (start, end)."""
        toks = self.toks
        k = v
        while k > 0 and toks[k - 1].low in self.cues.skip and not (
                k > 1 and toks[k - 1].text[:1].isupper() and toks[k - 2].text[:1].isupper()):
            k -= 1  # (not the end of a name: "Vivienda Hoy")
        if k > 2 and toks[k - 2].low in ("last", "this") and toks[k - 1].low in LAST_PERIODS:
            k -= 2  # "U.S. officials quoted by The New York Times last August had put …"
        end = k
        j = end
        for m in range(max(1, end - 7), end - 2):
            if toks[m].low in FAMILIAR_FIRST and toks[m - 1].text.isalpha() and (
                    hit := FAMILIAR.match(" ".join(x.low for x in toks[m:end]))) \
                    and hit.group(0).count(" ") + 1 == end - m:
                j = m  # "a source familiar with the matter told Reuters": all of it
                break
        plain = _np_plain(self.lang)
        while j > 0 and end - j < 24:
            t = toks[j - 1]
            if (t.ws or j == end) and t.low not in plain and t.text.isalpha():
                j -= 1  # a word none of the tests below is about (most of them)
                continue
            if t.text == ")":
                opening = next((m for m in range(j - 2, max(-1, j - 6), -1)
                                if toks[m].text == "("), None)
                if opening is not None and _closing(toks, opening) == j - 1:
                    j = opening
                    continue
            if t.text == "." and j >= 2 and toks[j - 2].low in NAME_ABBREVIATIONS and j < end \
                    and toks[j].text[:1].isupper():
                j -= 1  # "Lt. Gen. Ahmed Sharif Chaudhry"
                continue
            if t.text.isdigit() and len(t.text) <= 3 and j >= 2 \
                    and (toks[j - 2].text in NUMBERED_MEDIA or toks[j - 2].text in NUMBERED_PARTS):
                j -= 1  # "Channel 12 news", "Rossiya 24"
                continue
            if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20") and j >= 2 \
                    and toks[j - 2].text.isalpha() and toks[j - 2].text[:1].isupper():
                j -= 1  # a name with its year: "the Paris 2024 organising committee"
                continue
            if t.text[:1].isdigit() and self._channel_number(j - 1):
                j -= 1  # "state television 2M", "la televisión pública 2M"
                continue
            if t.text == "," and j >= 2 and j < end and toks[j - 2].text[:1].isupper() \
                    and any(m.low in ("y", "and") for m in toks[j:end]) and all(
                        m.text[:1].isupper() or m.low in ("y", "and") or m.text == ","
                        for m in toks[j:end]) and toks[j - 2].low not in self.stop:
                j -= 1  # a list of names: "Asaja, COAG y UPA"
                continue
            if t.text == "," and j >= 2 and j < end and self.lang == "en" \
                    and toks[j - 2].text[:1].isupper() and self._listed_name(j - 1) == end:
                j -= 1  # "the Kenya Medical Practitioners, Pharmacists and Dentists Union
                continue  # (KMPDU) said": one name
            if t.text in BOUNDARY or t.low[:1].isdigit():
                break
            if j < end and not t.ws and toks[j].text not in BOUNDARY:
                j -= 1  # glued to the next token: "commander-in-chief"
                continue
            if t.low == "en" and j >= 4 and toks[j - 2].low == "sede" and toks[j - 3].low == "con" \
                    and j < end and toks[j].text[:1].isupper():
                j -= 3  # "El organismo de la ONU con sede en Roma señaló"
                continue
            if t.low == "to" and j >= 2 and toks[j - 2].low in ENVOYS and j < end:
                j -= 1  # "U.S. ambassador to the OSCE Michael Carpenter"
                continue
            if t.low == "at" and j >= 2 and toks[j - 2].low in STAFF and j < end:
                j -= 1  # "a police officer at the hospital told AFP"
                continue
            if j >= 2 and j < end and toks[j - 2].low in ("told", "tells") and t.low in AUDIENCES:
                break  # "Park told reporters the spy agency believed …": who was told is not
                # the subject of what they were told
            if t.low in ("in", "en", "on") and j >= 2 and (
                    toks[j - 2].text[:1].isupper() or toks[j - 2].low in ORG_HEADS
                    or toks[j - 2].low in ("officials", "authorities")) \
                    and (toks[j].text[:1].isupper() or (
                        toks[j].low == "the" and j + 1 < end and all(
                            m.low not in self.stop for m in toks[j + 1:end]))):
                j -= 1  # "the Health Ministry in Gaza", "Commission on Human Rights", "the
                continue  # Health Ministry in the Hamas-run territory"
            if t.low == "the" and j >= 2 and j < end and toks[j - 2].low in DAYS:
                j -= 1  # "On Sunday the governor said": the subject starts at its article
                break
            if t.low == "the" and j < end and self._contact_clause_at(j - 1):
                j -= 1  # "a move the Treasury said would save …": the subject of the clause
                break
            if t.low in ("their", "its") and j == end - 1 and toks[j].low in self.aliases.anaphora:
                j -= 1  # "…, their union said": the union of those just named
                break
            if t.low == "para" and j >= 2 and j < end and toks[j - 2].text in ("ONU", "Unidas"):
                j -= 1  # "la agencia de la ONU para los refugiados palestinos"
                continue
            if (t.low in self.stop and t.low not in NP_INNER and not (
                    t.text.isupper() and len(t.text) > 1)) or (  # ("The WHO estimates")
                    t.low in self.cues.verbs and t.text.islower()
                    and not (j >= 2 and toks[j - 2].low in DETERMINERS
                             and not toks[j - 2].text.isupper())  # ("the report", not "UN")
                    and not (t.low == "state" and j < end and toks[j].text.islower())):
                break  # (not "state health officials")
            spanish_of = self.lang == "es" and t.low in ("de", "del") and j >= 2 \
                and toks[j - 2].text.isalpha() and toks[j - 2].low not in self.stop
            if self.lang == "es" and t.low == "al" and j >= 2 and j < end \
                    and toks[j - 2].text[:1].isupper() and toks[j].text[:1].isupper():
                j -= 1  # "Grupo de Apoyo al Islam y los Musulmanes": one name
                continue
            if t.low in ("la", "las", "los", "el") and j >= 2 and j < end \
                    and toks[j - 2].text[:1].isupper() and toks[j - 2].low not in CONNECTORS \
                    and toks[j].text[:1].isupper() and self.lang == "es":
                j -= 1  # "en Siria la ONU estima": the subject starts at its article
                break
            if t.low in ("la", "las", "los", "el", "the") and j >= 2 \
                    and toks[j - 2].low in CONNECTORS and toks[j].text[:1].isupper() and not (
                        toks[j - 2].low in ("and", "y", "e") and j >= 3
                        and not toks[j - 3].text[:1].isupper()):
                j -= 2  # "Organización … para las Migraciones", "Fuerzas Armadas de la …"
                continue  # (not "… had died and the White Helmets reported")
            if t.low in ("and", "y", "e", "of", "de", "for", "para") and not spanish_of and not (
                    j >= 2 and (toks[j - 2].text[:1].isupper() or toks[j - 2].text == ")"
                                or (j >= 4 and toks[j - 3].text == "-" and not toks[j - 3].ws
                                    and toks[j - 4].text[:1].isupper())  # "Co-operation and""
                                or (t.low == "de" and toks[j - 2].low in NAME_PARTICLES)
                                or (t.low in ("of", "for") and toks[j - 2].low in ORG_HEADS
                                    and toks[j].text[:1].isupper())
                                or (t.low == "for" and toks[j - 2].low in COUNSEL)
                                or (t.low == "of" and (toks[j - 2].low in ONE_OF_THEM
                                                       or toks[j - 2].low in self.aliases.titles
                                                       or toks[j - 2].low in MEMBERS))
                                or (t.low == "and" and toks[j - 2].low in self.aliases.groups
                                    and toks[j].low in self.aliases.groups))):
                # ("an official of the eastern-based administration", "ABS head of labour
                # statistics Bjorn Jarvis", "officials and medics")
                break  # (") de": "El Servicio … (NIS) de Corea del Sur"; "the city council of
                # Mariupol")
            j -= 1
        while j < end and toks[j].low in ("and", "of", "de", "'s", "’s", "-", "y", "e"):
            j += 1
        if 2 < j < end and toks[j - 1].low in ("from", "by") and toks[j - 2].low in REPORT_NOUNS \
                and (toks[j].text[:1].isupper() or (toks[j].low == "the" and j + 1 < end
                                                    and toks[j + 1].text[:1].isupper())):
            k = j - 2  # "…, unofficial results from the Boston Elections Department showed"
            while k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
                    and toks[k - 1].low not in self.stop and j - k < 5:
                k -= 1
            if k == 0 or toks[k - 1].text in (",", ";"):
                j = k
        if 0 < j < end and toks[j - 1].low in ("its", "their") \
                and toks[end - 1].low in REPORT_NOUNS:
            j -= 1  # "…, its annual filing showed": whose filing (the possessive names it)
        return j, end

    def _introduced(self, anaphor: str, before: int) -> Name | None:
        """The name this sentence gave the anaphor's noun ("Siete trabajadores de la ONG World
        Central Kitchen murieron …, informó la organización" → World Central Kitchen)."""
        toks = self.toks
        kind = self.aliases.anaphor_kind(anaphor)
        for k in range(before - 2, -1, -1):
            if self.aliases.anaphora.get(toks[k].low) != kind or toks[k].text.istitle():
                continue
            start = k + 1
            while start < min(before, k + 3) and toks[start].text.isalpha() \
                    and toks[start].text.islower() and toks[start].low not in CONNECTORS:
                start += 1  # "la ONG española Open Arms"
            j = start
            while j < before and (toks[j].text[:1].isupper() or (
                    toks[j].low in CONNECTORS and j + 1 < before
                    and toks[j + 1].text[:1].isupper())):
                j += 1
            if j > start and toks[start].text[:1].isupper() \
                    and self.text_of(start, j) not in countries():  # (not "on Tuesday")
                return self.aliases.resolve(self.text_of(start, j))
        return None

    def _listed_name(self, comma: int) -> int | None:
        """Where an English name that lists its fields ends, from the comma after the first
        one, when the name closes with its short form in brackets ("the Meteorology,
        Climatology and Geophysical Agency (BMKG)", "Kenya Medical Practitioners, Pharmacists
        and Dentists Union (KMPDU)"); None otherwise."""
        toks, k = self.toks, comma + 1
        joined = False
        while k < len(toks) and k - comma <= 10 and (
                toks[k].text[:1].isupper() or toks[k].text == ","
                or (toks[k].low == "and" and not joined)):
            joined = joined or toks[k].low == "and"
            k += 1
        if not joined or k >= len(toks) or not toks[k - 1].text[:1].isupper():
            return None
        close = _closing(toks, k)
        return close + 1 if close is not None else None

    def _portfolio_list(self, comma: int) -> int | None:
        """Where a list of portfolios in a name ends, from the comma after its first one
        ("de Economía, Hacienda y Empleo"); None when what follows the comma is no such list."""
        toks, k = self.toks, comma + 1
        while k < len(toks) and k - comma <= 6 and (
                toks[k].text[:1].isupper() or toks[k].text == ","
                or (toks[k].low in ("la", "el", "los", "las") and k + 1 < len(toks)
                    and toks[k + 1].text[:1].isupper())):
            k += 1
        if k == comma + 1 or k + 1 >= len(toks) or toks[k].low not in ("y", "e") \
                or (not toks[k + 1].text[:1].isupper() and not (
                    toks[k + 1].low in ("la", "el") and k + 2 < len(toks)
                    and toks[k + 2].text[:1].isupper())):
            return None
        k += 2 if toks[k + 1].text[:1].isupper() else 3
        while k < len(toks) and toks[k].text[:1].isupper() and toks[k].text.isalpha():
            k += 1
        if k < len(toks) and toks[k].text.islower() \
                and toks[k].low.endswith(SPANISH_DEMONYM_ENDINGS):
            k += 1  # "el Ministerio de Desarrollo, Industria y Comercio brasileño"
        if k < len(toks) and toks[k].text not in BOUNDARY and toks[k].text != "(" \
                and toks[k].low not in self.cues.verbs:
            return None
        return k

    def _apposed(self, i: int, j: int) -> Name | None:
        """ "DTEK, the largest private power company, has said": the organisation named just
        before the description (tokens ``[i, j)``) set off by commas."""
        toks = self.toks
        if i < 2 or j >= len(toks) or toks[i - 1].text != "," or toks[j].text != "," \
                or not toks[i - 2].text[:1].isupper():
            return None
        s, e = self.np_before(i - 1)
        name = self.aliases.resolve(self.text_of(s, e)) if s < e == i - 1 else None
        if name is None or looks_person(name) or name.canonical in countries() \
                or not all(t.text[:1].isupper() for t in toks[s:e] if t.text.isalpha()):
            return None
        return name

    def _opening_subject(self, before: int) -> Name | None:
        """ "The lender had 49,100 employees …, according to its third-quarter filing": the
        company the sentence opens with, named or referred back to, whose filing it is."""
        toks = self.toks
        if before < 3 or toks[0].low in self.stop:
            return None
        if toks[0].low == "the":
            s, e = self.np_after(0)
            if not 0 == s < e < before or not toks[e].text.isalpha() \
                    or not toks[e].text.islower():
                return None
            subject = self.name(s, e)
        else:
            subject = self._opening_name(before, True)
        return subject if subject is not None and subject.named and subject.kind != "person" \
            else None

    def _named_before(self, kind: str, before: int) -> Name | None:
        """The first organisation named in this sentence before token ``before`` ("El directorio
        del Fondo Monetario Internacional (FMI) aprobó …, según informó el organismo")."""
        if kind not in ("org", "media"):
            return None
        toks, k = self.toks, 0
        while k < before:
            if k > 0 and toks[k - 1].low in ("in", "across", "en") and toks[k].text[:1].isupper():
                # places: "in England, Wales …", "en Madrid, Barcelona y Valencia"
                while k < before and (toks[k].text[:1].isupper() or ((
                        toks[k].text == "," or toks[k].low in ("y", "and")) and k + 1 < before
                        and toks[k + 1].text[:1].isupper())):
                    k += 1
                continue
            if toks[k].text[:1].isupper() and k > 0 and toks[k].text.isalpha():
                j = k
                while j < before and (toks[j].text[:1].isupper() or (
                        toks[j].low in NAME_JOINERS and j + 1 < before
                        and (toks[j + 1].text[:1].isupper() or toks[j + 1].low in ARTICLES))):
                    j += 1
                close = _closing(toks, j) if j < before else None
                if close is not None:
                    j = close + 1
                while close is None and j > k and toks[j - 1].low in NAME_JOINERS:
                    j -= 1  # ("entraron a Estados Unidos por la frontera": not "… por")
                if j - k >= 3 or close is not None:
                    name = self.aliases.resolve(self.text_of(k, j))
                    if name.canonical not in countries() and not looks_person(name):
                        return name
                k = j
            k += 1
        return None

    def opening(self, business: bool = False) -> Name | None:
        """The proper name that opens this sentence, if one does."""
        return self._opening_name(len(self.toks), business)

    def _opening_name(self, before: int, business: bool = False) -> Name | None:
        """The proper name that opens the sentence ("Salvamento Marítimo rescató …, informó el
        organismo"): what "the agency" means when nothing earlier was named."""
        toks = self.toks
        first = 0
        if before > 3 and ((toks[0].low in ("el", "la", "los", "las") and self.lang == "es")
                           or (toks[0].low == "the" and self.lang == "en")) \
                and toks[1].text[:1].isupper() and toks[2].text[:1].isupper() \
                and toks[1].text.isalpha() and toks[2].text.isalpha():
            first = 1  # "La Policía Nacional ha desarticulado …, según informó el cuerpo", "The
            # Metropolitan Police is reviewing …, the force said"
        elif before > 4 and self.lang == "en" and toks[1].low in ("'s", "’s") \
                and toks[0].text in countries() and toks[2].text[:1].isupper() \
                and toks[3].text[:1].isupper() and toks[2].text.isalpha():
            first = 2  # "London's Metropolitan Police recorded …, the force said", "Amsterdam's
            # Schiphol airport will cap …, the airport said"
        j = first
        while j < before and ((toks[j].text[:1].isupper() and toks[j].text.rstrip("+").isalpha())
                              or (toks[j].text == "-" and j > first and not toks[j - 1].ws
                                  and j + 1 < before and toks[j + 1].text[:1].isupper())):
            j += 1  # (and "OPEC+", "T-Mobile US")
        if first:
            name = self.aliases.resolve(self.text_of(first, j))
            return None if name.canonical in countries() else name
        if j == 0 or j >= before or toks[0].low in DETERMINERS or toks[0].low in self.stop \
                or toks[0].low == "al" or toks[0].low in QUANTIFIERS \
                or toks[0].low in number_lexicon(self.lang).classes:
            return None  # "Siete trabajadores …": a figure, not a name
        if business and j == 1 and before > 3 and toks[1].low in ("owner", "parent") \
                and toks[2].text[:1].isupper():
            j = 3  # "Zara owner Inditex posted …, the Spanish retailer said"
            while j < before and toks[j].text[:1].isupper() and toks[j].text.isalpha():
                j += 1
            return self.aliases.resolve(self.text_of(2, j))
        if j == 1 and not toks[0].text.isupper() and not (
                business and toks[0].low not in COMMON_OPENERS and before > 2
                and (toks[1].low in ("'s", "’s") or toks[1].low in TRADING_VERBS
                     or (self.lang == "es" and _past(toks[1].low))  # "Telefónica planteó"
                     or toks[1].low in ("shares", "stock")  # "Alphabet shares fell …"
                     or (toks[1].low in BUSINESS_MODALS and toks[2].text.islower()
                         and toks[2].low != "been")
                     or (toks[1].text == "," and toks[2].low in DETERMINERS))) and not (
                business and len(toks[0].text) > 3 and not toks[0].low.endswith("s")
                and toks[0].low not in COMMON_OPENERS and self.text is not None
                and len(re.findall(rf"\b{re.escape(toks[0].text)}\b", self.text)) > 1) \
                and self.aliases.key(toks[0].text) not in self.aliases.by_alias \
                and not (self.text and re.search(rf"[a-z,] {re.escape(toks[0].text)}\b",
                                                 self.text)):
            return None  # "Inflation climbed …": a word capitalized only to open the sentence
        name = self.aliases.resolve(self.text_of(0, j))
        return None if name.canonical in countries() else name  # ("Sri Lanka's inflation")

    def _speaker(self) -> Name | None:
        """Who speaks in this sentence so far (the claimant of its last cue), else the last
        claimant before it."""
        named = [c.name for c in self.found_so_far if c.name is not None]
        return named[-1] if named else self.memory.recall("group")

    def mention(self, kind: str) -> Name | None:
        """The last organisation this sentence introduces by a descriptor ("la ONG World
        Central Kitchen"), or person by a title ("la presidenta Dina Boluarte"), of ``kind``."""
        toks, found = self.toks, None
        for k in positions(toks, _mention_words(kind)):
            if k >= len(toks) - 1:
                break
            low = toks[k].low
            if not (toks[k].text.islower() or low == "ong" or (
                    kind == "person" and low in self.aliases.titles)):
                continue  # ("la ONG World Central Kitchen", "Economy Minister Luis Caputo")
            if kind == "person":
                fits = low in self.aliases.titles or self.aliases.anaphora.get(low) == "person"
            else:
                fits = low in self.aliases.descriptors or self.aliases.anaphora.get(low) == "org"
            if not fits:
                continue
            j = k + 2 if toks[k + 1].text == "," else k + 1  # "la presidenta, Dina Boluarte"
            e = j
            while e < len(toks) and ((toks[e].text[:1].isupper() and toks[e].text.isalpha()) or (
                    toks[e].low in NAME_JOINERS and e + 1 < len(toks)
                    and toks[e + 1].text[:1].isupper())):
                e += 1
            if e == j or not toks[j].text[:1].isupper():
                continue  # (not "the commission on Wednesday")
            name = self.aliases.resolve(self.text_of(j, e))
            if name.canonical in countries() or (looks_person(name) != (kind == "person") and not (
                    kind != "person" and low in self.aliases.descriptors)):
                continue  # ("la minera First Quantum" is a company, though it looks like a name)
            found = name
        return found

    def text_of(self, i: int, j: int) -> str:
        """The words of tokens ``[i, j)`` as written (whitespace runs made single spaces)."""
        if i >= j:
            return ""
        if self.text is not None:
            written = self.text[self.toks[i].start:self.toks[j - 1].end]
            return " ".join(written.split()) if "  " in written or "\n" in written else written
        return "".join(t.text + (" " if t.ws else "") for t in self.toks[i:j]).strip()

    def name(self, i: int, j: int) -> Name | None:
        """The claimant named by tokens ``[i, j)``, resolving anaphors; None if none."""
        text = self.text_of(i, j)
        how, value = self.aliases.classify(text)
        words = text.casefold().split()
        if len(words) == 2 and words[0] in DEMONSTRATIVES and words[1] in REPORT_NOUNS \
                and self.memory.claimed is not None:
            return replace(self.memory.claimed, text=text)  # "De acuerdo con esos datos": the
            # source just cited
        if how == "none":
            return None
        if words[0] in ("su", "sus", "its", "their", "her", "his") and (any(
                w in REPORT_NOUNS for w in words[1:5]) or (
                len(words) == 2 and words[1] in OWN_PEOPLE)) and not any(
                w[:1].isupper() for w in text.split()[1:]):
            # "según su último informe", "counted by its staff", "its teams found": the
            # claimant of this sentence, or the last one
            here = [c.name for c in self.found_so_far if c.name is not None]
            speaker = (here[-1] if here else None) or self._named_before("org", i) or (
                self._opening_subject(i) if words[0] in ("its", "their") else None) \
                or self._speaker()  # (the sentence's own company before an earlier speaker)
            if speaker is not None:
                return replace(speaker, text=text)
        if len(words) > 1 and words[0] in ("un", "una", "a", "an") and words[1] in REPORT_NOUNS \
                and self.aliases.clean(text).casefold() == words[1]:
            # "según un informe divulgado este martes": the report of the organisation this
            # sentence is about, else of whoever speaks
            author = self._named_before("org", i) or self._speaker()
            if author is not None:
                return replace(author, text=text)
        if ("ONU" in text or "Naciones" in text or "UN" in text or "U.N." in text
                or "Nations" in text or "onusian" in text) and UN_AGENCY.fullmatch(text):
            agency = self._un_agency_before(i) or next(
                (n for n in reversed(self.memory.named)
                 if self.aliases.part_of.get(n.canonical) == "United Nations"), None)
            return replace(agency or self.aliases.resolve("ONU"), text=text)
        last = self.memory.claimed or self.memory.last
        if SAME.isdisjoint(words[:3]) and not SAME.isdisjoint(words[3:7]) \
                and any(w in REPORT_NOUNS for w in words[:3]):
            # "el recuento provisional de la misma agencia": whose report it is
            words = strip_report(text).casefold().split() or words
        same = not SAME.isdisjoint(words[:3])
        mismo = same and not MISMO.isdisjoint(words[:3])
        if same and (mismo or words[-1] not in self.aliases.unnamed):
            # "el mismo parte", "el propio organismo": maybe named in this sentence (not "sus
            # propias fuentes": a basis)
            last = next((c.name for c in reversed(self.found_so_far)
                         if c.name is not None and c.name.named), None) or last
        if same and not mismo and last is None and how == "anaphor":
            # "informó el propio instituto": the institute this sentence named
            last = self._named_before(value, i)
        if mismo and (words[-1] in OUTLET_NOUNS or (
                words[-1] in ("agencia", "agency") and self.memory.claimed_via
                and self._outlet_like(self.memory.claimed_via[-1].text.split()))) \
                and last is self.memory.claimed and self.memory.claimed_via:
            # "El mismo medio", "la misma agencia": the outlet that relayed the last claim,
            # which goes on through it when no one else is named (see _attribute_one)
            self._same_outlet = (self.memory.claimed, list(self.memory.claimed_via))
            return replace(self.memory.claimed_via[-1], text=text)
        if same and last is not None and looks_person(last) \
                and self.aliases.anaphora.get(words[-1]) == "org":
            # "según el propio ministerio" after the minister spoke: the ministry named before
            last = self.memory.headed(words[-1], "org", self.lang == "es") \
                or self._titled_before(f"{words[0]} {words[-1]}", i) or last
        if same and len(words) <= 5 and last is not None \
                and not any(w[:1].isupper() for w in text.split()[1:]) \
                and words[-1] not in self.aliases.unnamed:
            # "según el mismo parte", "el mismo balance", "sus propios datos", "la propia
            # compañía": the claimant just named (in this sentence, else before)
            return replace(last, text=text, same=last is self.memory.claimed and mismo)
        if len(words) > 4 and words[0] in ARTICLES and words[2] in LED_BY \
                and words[3] in ("por", "by") and self.aliases.classify(
                    " ".join(text.split()[:2]))[0] == "anaphor":
            return self.name(i, i + 2)  # "el banco presidido por Carlos Torres": the bank
        if " ".join(words) in BOTH_COMPANIES and (pair := self._deal_parties(i)) is not None:
            return replace(pair, text=text)  # "…, the companies said": both sides of the deal
        if how == "anaphor" and len(words) > 2 and self.aliases.by_alias.get(self.aliases.key(
                self.aliases.clean(text))) is not None:
            return self.aliases.resolve(text)  # an epithet the table knows: "el instituto armado"
        if how == "anaphor":
            business = any(is_business(w) for w in words[1:])  # ("the carmaker")
            # with nothing to refer back to, the claimant is kept as written ("the ministry")
            return (self._apposed(i, j)
                    or (self._business_mentioned(i) if business and len(words) <= 3 else None)
                    or (self._titled_before(text, i) if business else None)
                    or self._introduced(text, i)
                    or self.memory.headed(words[-1], value, self.lang == "es", len(words) <= 2)
                    or self._last_described(words)
                    or self._headed_mention(words[-1], i)
                    or (self._opening_name(i, business) if business else None)
                    or (self._served_by(i) if business else None)
                    or (self._owner_mentioned(i) if business else None)
                    or self._recalled(value, words, business)
                    or self._named_before(value, i)
                    or (None if business else self._opening_name(i))  # (a business's: above)
                    or (self.memory.opened(self) if business else None)
                    or self.memory.mentioned(value, self)
                    or self._known_before(value, i)
                    or self._unnamed_cited(value, words)
                    or (Name(text=text, canonical=self.aliases.clean(text), kind=value,
                             # "la junta militar birmana": an institution described, named
                             # enough to be referred back to
                             named=len(text.split()) > 3 and value == "org")
                        if len(text.split()) > 1 else None))
        if how == "unnamed":
            first = text.split()[0].casefold()
            definite = first in DEFINITE or (i > 0 and self.toks[i - 1].low in DEFINITE
                                             and self.toks[i - 1].text.islower())
            if mismo and last is not None:
                # "según las mismas fuentes" (not "sus propias fuentes")
                return replace(last, same=last is self.memory.claimed)
            earlier = self.memory.recall("org") if definite else None
            if earlier is not None:
                # "The source said": the outlet that cited it; "precisó la fuente": the
                # source named before
                basis = text if earlier.canonical in self.memory.citing_unnamed else None
                return Name(text=earlier.text, canonical=earlier.canonical, kind=earlier.kind,
                            named=True, basis=basis)
            return Name(text=text, canonical=value, named=False)
        name = self.aliases.resolve(text)
        if name.canonical.casefold() in REPORT_ADJECTIVES:
            return None  # "the preliminary estimate", "its flash estimate": a report's kind,
            # no one's name
        written = text.split()
        if written and written[0].casefold() in DETERMINERS:
            written = written[1:]  # ("Las autoridades polacas": capitalized at the start)
        if i == 0 and written and all(w.islower() for w in written[1:]) and (
                written[-1].casefold() in self.aliases.groups
                or written[-1].casefold() in self.aliases.unnamed):
            written = [written[0].casefold(), *written[1:]]  # "Local officials told Reuters":
            # capitalized only at the start of the sentence
        if not any(capitalized(w) for w in written) and name.kind is None:
            # lower-case groups ("officials", "analysts") are kept but not remembered
            name.named = False
            if words[0] in ("the", "el", "la"):
                full = self.memory.full_name(name)
                if full is not name:
                    return replace(full, basis=None)  # "the civil defence": the Lebanese
                    # Civil Defence named before
                titled = self._titled_before(text, i)
                if titled is not None:
                    return titled
                if len(words) == 2 and words[1] in WRITTEN_HEADS:
                    found = self.memory.headed(words[1], "org", True)
                    if found is not None:
                        return replace(found, text=text)  # "the government" after "the
                        # Tongan government said"
            if words[-1] == "police" and len(words) <= 2 and words[0] in ("police", "the"):
                found = self.memory.headed("police", "org", True)
                if found is not None:
                    return replace(found, text=text)  # "police said" after "NSW Police said"
            stripped = self.aliases.clean(text)
            if stripped != text and self.aliases.anaphor_kind(stripped):
                # "según datos preliminares del organismo": whose data the anaphor says
                return self.memory.recall(self.aliases.anaphor_kind(stripped)) or name
        elif name.kind is None:
            full = self.memory.full_name(name)
            return self._named_in_full(full) if full is name else full
        return name

    def _last_described(self, words: list[str]) -> Name | None:
        """ "the commission" right after "the national vote-counting commission" claimed: a body
        described, not named, is still what its noun refers back to."""
        last = self.memory.last
        if last is None or last.named or len(words) != 2:
            return None
        written = last.canonical.casefold().split()
        return last if len(written) > 1 and written[-1] == words[-1] else None

    def _expected_by(self, fig: Found) -> int | None:
        """Where the clause of who expected a figure ends, when one follows it ("the $12.61
        billion analysts expected on average", "the 185,000 that economists had forecast")."""
        if FORECASTERS.isdisjoint(self.vocab) or EXPECTING.isdisjoint(self.vocab):
            return None
        toks, k = self.toks, fig.j
        n = len(toks)
        if self.lang != "en" or fig.i == 0 or toks[fig.i - 1].low not in ("the", "of"):
            return None
        if k < n and toks[k].low == "that":
            k += 1
        start = k
        while k < n and toks[k].text.isalpha() and toks[k].low not in EXPECTING \
                and toks[k].low not in ("had", "have", "has") and k < start + 3:
            k += 1
        if k == start or toks[k - 1].low not in FORECASTERS:
            return None
        while k < n and toks[k].low in ("had", "have", "has"):
            k += 1
        if k < n and toks[k].low in EXPECTING:
            k += 1
            while k < n and toks[k].low in ("on", "average"):
                k += 1
            return k
        return None

    def _polled_after(self, fig: Found) -> tuple[Name, str] | None:
        """The pollster and the polled of "the 185,000 that economists polled by Reuters had
        forecast", when such a clause follows the figure."""
        if "polled" not in self.vocab:
            return None
        toks, k = self.toks, fig.j
        n = len(toks)
        if self.lang != "en" or fig.i == 0 or toks[fig.i - 1].low != "the":
            return None
        k += k < n and toks[k].low == "that"
        if not (k + 3 < n and toks[k].low in FORECASTERS and toks[k + 1].low == "polled"
                and toks[k + 2].low == "by"):
            return None
        a, b = self.np_after(k + 3)
        m = b
        while m < n and toks[m].low in ("had", "have", "has"):
            m += 1
        name = self.name(a, b) if a < b else None
        if name is None or not name.named or m >= n or toks[m].low not in EXPECTING:
            return None
        return name, self.text_of(k, k + 2)

    def _credited_after(self, fig: Found) -> Name | None:
        """Who the words right after a figure credit it to: "below the 359 announced earlier
        by police", "las 23 muertes reconocidas por las autoridades marroquíes", "up from the
        64 cases the Pentagon had announced"."""
        if CREDITED.isdisjoint(self.vocab):
            return None  # (both forms need one of these words: CREDITED_VERBS are among them)
        toks, k = self.toks, fig.j
        n = len(toks)
        while k < n and k < fig.j + 2 and toks[k].text.isalpha() and toks[k].text.islower() \
                and toks[k].low not in CREDITED and toks[k].low not in self.stop \
                and toks[k].low not in ("the", "el", "la", "los", "las"):
            k += 1  # the figure's noun: "cases", "muertes"
        if k + 2 < n and toks[k].low in ("the", "that") and self.lang == "en" \
                and fig.i > 0 and toks[fig.i - 1].low == "the":
            s = k + (toks[k].low == "that")
            e = self.np_after(s)[1]
            m = e
            while m < n and toks[m].low in ("had", "has", "have", "earlier", "previously"):
                m += 1
            if s < e < m and m < n and toks[m].low in CREDITED_VERBS \
                    and (m + 1 == n or toks[m + 1].low not in ("that", "to", "it")):
                name = self.name(s, e)  # "the 64 cases the Pentagon had announced"
                return name if name is not None and name.named else None
            return None
        while k < n and toks[k].low in ("earlier", "previously", "so", "far", "officially",
                                        "oficialmente", "previamente", "hasta", "ahora"):
            k += 1
        by = k + 1
        while by < n and toks[by].low in ("earlier", "previously", "officially", "oficialmente"):
            by += 1
        if not (by < n and toks[k].low in CREDITED and toks[by].low in ("by", "por")
                and fig.i > 0 and toks[fig.i - 1].low in ("the", "las", "los", "a", "al", "of",
                                                          "from", "de")):
            return None
        name = self.name(*self.np_after(by + 1))
        return name if name is not None and name.kind != "self" else None

    def _figure_carried_by(self, fig: Found) -> Name | None:
        """ "… put the toll at 131, a figure carried by the state news agency Bakhtar": the
        outlet the apposition after a figure names as passing it on."""
        toks, k = self.toks, fig.j
        if not (k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].low in ("a", "the")
                and toks[k + 2].low in ("figure", "toll", "number", "tally", "count")):
            return None
        by = match_at(toks, k + 3, self.cues.cited_by)
        if not by or toks[by[0] - 1].low != "by":
            return None
        outlet = self.name(*self.np_after(by[0]))
        return outlet if outlet is not None and outlet.named else None

    def _data_passed_on(self, pp: Cue) -> bool:
        """Whether an "according to" names data someone else only passed on: "figures cited by
        X", "datos recogidos por X" (not "realizada por": who made it, see CONDUCTED)."""
        words = [t.low for t in self.toks[pp.at:pp.np_end]]
        return any(w in REPORT_NOUNS for w in words[:5]) and any(
            w in PASSED_PARTICIPLES and k + 1 < len(words) and words[k + 1] in ("by", "por")
            for k, w in enumerate(words))

    def _place_like(self, name: Name) -> bool:
        """ "Shanghai", "Kerala": one capitalized word the table does not know, likely a place
        that reports through its officials."""
        word = name.text.split()[-1] if name.text else ""
        return len(name.text.split()) == 1 and word.isalpha() and word[:1].isupper() \
            and not word.isupper() and name.kind is None \
            and self.aliases.by_alias.get(self.aliases.key(word)) is None

    def _past_relative_clause(self, cue: Cue, fig: Found) -> bool:
        """Whether a verb whose subject opens a relative clause after a comma claims nothing of
        the figure: one past the clause's end ("The storm, which the WMO says may be the
        longest-lasting cyclone on record, has displaced 183,000 people", "La inflación, que el
        Inegi ubicó en 7,12 %, supera la meta de 3 %"), or one before the clause ("drivers pay
        $9 under the program, which the agency expects to raise $500 million")."""
        toks = self.toks
        s = cue.np_start
        if s < 2 or toks[s - 2].text != ",":
            return False
        opener = toks[s - 1].low
        if cue.at < fig.i and (opener in ("which", "that") if self.lang == "en" else
                               opener == "que"):
            ends = (",", ";") if self.lang == "en" else (",",)
            return any(toks[m].text in ends for m in range(cue.at + 1, fig.i))
        return fig.j < s - 1 and opener in ("which", "que") and toks[s].low in DETERMINERS

    def _owned_tag(self, i: int) -> bool:
        """ "…, Colombia's military estimates, and …": a country's body closing a clause with
        its verb, not a noun ("the FBI's annual crime report")."""
        toks = self.toks
        return self.lang == "en" and toks[i].low.endswith("s") and i > 3 \
            and toks[i - 2].low in ("'s", "’s") and toks[i - 3].text in countries() \
            and toks[i - 4].text == "," \
            and (i + 1 >= len(toks) or toks[i + 1].text in BOUNDARY)

    def _as_clause(self, after: int, before: int) -> bool:
        """Whether a clause of its own (", as …", ", while …") opens between tokens ``after``
        and ``before``."""
        toks = self.toks
        return any(toks[k].low in ("as", "while", "whereas") and toks[k - 1].text == ","
                   and not (k + 1 < len(toks) and toks[k + 1].low in ("well", "many", "much"))
                   for k in range(after + 1, before))

    def _spoken_before(self) -> bool:
        """Whether a speaker's verb came before in this sentence: what follows may be reported
        inside their clause ("Governor X said the bank had cut its rate …")."""
        return any(c.kind == "verb" for c in self.found_so_far)

    def _rate_decision(self, i: int) -> bool:
        """Whether the verb at ``i`` moves a bank's policy rate ("The Bank of Mexico held its
        benchmark interest rate at 11.25%", "el Banco Central de Rusia elevó los tipos")."""
        toks = self.toks
        if not any(t.low in RATE_NOUNS for t in toks[i + 1:i + 7]):
            return False
        s, e = self.np_before(i)
        return any(t.low in BANKS for t in toks[s:e])

    def _closing_tag(self, fig: Found, verbs: list[Cue], found: list[Cue]) -> Cue | None:
        """The speaker's verb that closes the clause after a figure ("…, the WHO said")."""
        toks = self.toks
        return next((c for c in verbs if c.at > fig.j and c.name is not None
                     and (c.at + 1 >= len(toks) or toks[c.at + 1].text in BOUNDARY
                          or toks[c.at + 1].low in AFTER_VERB_TIME
                          or toks[c.at + 1].low in ("in", "at")
                          or toks[c.at].low in ("told", "tells")
                          or (c.np_start > c.at and toks[c.at - 1].text == ","))  # ("…, said
                     # Health Cabinet Secretary Aden Duale")
                     and not self._separated(fig.i, c.at)
                     and not any(fig.j <= o.at < c.at for o in found if o is not c)), None)

    def _business_mentioned(self, before: int) -> Name | None:
        """The company this sentence, or the one before it, introduced by what it does ("la
        naviera china Cosco Shipping", "operated by China's MMG"): what "la empresa" means,
        rather than a public body that spoke since."""
        found = self._business_named(self.toks, before)
        if found is None:
            earlier = self.memory.sentences
            k = earlier.index(self) if self in earlier else len(earlier)
            if k > 0:
                found = self._business_named(earlier[k - 1].toks, len(earlier[k - 1].toks))
        return found

    def _business_named(self, toks: list[Tok], before: int) -> Name | None:
        found = None
        for k in range(before - 1):
            if not (toks[k].text.islower() and is_business(toks[k].low)):
                continue
            j = k + 1
            while j < before and toks[j].text.islower() and toks[j].text.isalpha() \
                    and j - k <= 2 and toks[j].low not in self.stop:
                j += 1  # "la naviera china Cosco Shipping", "la estatal Codelco"
            e = j
            while e < before and toks[e].text[:1].isupper() and toks[e].text.isalpha():
                e += 1
            if e > j:
                name = self.aliases.resolve(" ".join(t.text for t in toks[j:e]))
                if name.canonical not in countries() and name.kind != "person":
                    found = name  # (a company's name may look like a person's)
        return found

    def _un_agency_before(self, before: int) -> Name | None:
        """The last agency of the UN this sentence names before token ``before``, though not
        as a claimant ("… the World Health Organization's limits, the UN agency said")."""
        toks, found, k = self.toks, None, 0
        while k < before:
            if not (toks[k].text[:1].isupper() and toks[k].text.isalpha()):
                k += 1
                continue
            j = k + 1
            while j < before and (toks[j].text[:1].isupper() or (
                    toks[j].low in NAME_JOINERS and j + 1 < before
                    and toks[j + 1].text[:1].isupper())):
                j += 1
            name = self.aliases.resolve(self.text_of(k, j))
            if self.aliases.part_of.get(name.canonical) == "United Nations":
                found = name
            k = j
        return found

    def _recalled(self, kind: str, words: list[str], business: bool) -> Name | None:
        """The last claimant an anaphor's kind fits: for "the paper" the last outlet; for a
        ``business`` ("the carmaker") not an outlet, which only passed a claim on."""
        if not OUTLET_NOUNS.isdisjoint(words):
            return self.memory.recall(kind, lambda n: self._outlet_like(n.text.split()))
        found = self.memory.recall(kind, skip=(lambda n: n.canonical in DATA_FIRMS)
                                   if business else None)  # (not "LSEG data" cited since)
        if found is not None and business and (
                self._is_outlet(found) or found.kind == "person"
                or (found.role is not None and looks_person(found))):
            return None  # (nor a person: "the entertainment company" after Bob Iger spoke)
        return found

    def _titled_before(self, text: str, before: int) -> Name | None:
        """ "the court" after "Brazil's Supreme Court sentenced …", "el tribunal" after "el
        Tribunal Supremo": the last name written before with these words as its head, though
        not given as a claimant."""
        words = text.split()[1:]
        if self.text is None or not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words):
            return None
        head = " ".join(w.capitalize() for w in words)
        limit = self.toks[before].start
        if self.text.find(head, max(0, limit - 4000), limit) < 0:
            return None  # (most often: a plain search first)
        written = self.text[max(0, limit - 4000):limit]
        business = is_business(words[-1].casefold())
        for m in reversed(list(re.finditer(rf"\b{re.escape(head)}s?\b", written))):
            start = m.start()
            while (prev := re.search(r"([A-Z][\w.'’-]*) $", written[:start])) is not None:
                start = prev.start(1)  # "Brazil's Supreme Court", "Australian Federal Police"
            end = m.end()
            while (nxt := re.match(r" (?:(?:de|del|de la|of|for) )?[A-Z](?:[\w-]|\.(?=\w))*",
                                   written[end:])):  # (not past a sentence's full stop)
                end += nxt.end()  # "Tribunal Supremo de Justicia"
            if (start, end) == m.span():
                continue  # the noun alone, capitalized to open a sentence
            name = self.aliases.resolve(written[start:end].removesuffix("'s").removesuffix("’s"))
            if name.canonical not in countries() and not (
                    name.kind == "person" if business else looks_person(name)):
                return replace(name, text=text)  # ("Yeti Airlines": a company's name may look
        return None  # like a person's)

    def _unnamed_cited(self, kind: str, words: list[str]) -> Name | None:
        """ "the official said" after "Saba reported, citing a senior security official": the
        outlet that cited that unnamed person, on their word."""
        last, basis = self.memory.claimed, self.memory.claimed_basis
        if kind != "person" or words[0] != "the" or last is None or not last.named \
                or not basis or words[-1] not in basis.casefold().split():
            return None
        return replace(last, basis=basis)

    def _known_before(self, kind: str, before: int) -> Name | None:
        """The one body of ``kind`` the alias table knows that this sentence names in capitals
        before token ``before``, in passing ("At least 89 UNRWA staff members have been killed,
        the agency said"); None when there are none or several."""
        found: dict[str, Name] = {}
        for tok in self.toks[:before]:
            if len(tok.text) >= 3 and tok.text.isupper() and tok.text.isalpha():
                hit = self.aliases.by_alias.get(self.aliases.key(tok.text))
                if hit is not None and hit[1] == kind:
                    found[hit[0]] = Name(text=tok.text, canonical=hit[0], kind=hit[1])
        return next(iter(found.values())) if len(found) == 1 else None

    def _headed_mention(self, head: str, before: int) -> Name | None:
        """ "the central bank" after "prompting Bank Indonesia to intervene": the last name
        the text gave just before (in this sentence or the one before it), though not as a
        claimant, that has the anaphor's noun."""
        if self.text is None or self.lang != "en" or len(head) < 4 or not head.isalpha() \
                or head in REPORT_NOUNS or self.memory.headed(head, "org", True) is not None:
            return None  # (a claimant named with the noun is found later, by the memory)
        limit = self.toks[before].start
        start = self.text.rfind(". ", 0, max(0, self.toks[0].start - 2)) + 1
        noun = head.capitalize()
        found = None
        for m in re.finditer(rf"(?:[A-Z][\w.&'-]*\s)*{noun}"
                             rf"(?:\s(?:of\s|for\s|and\s|of\sthe\s)?[A-Z][\w.&'-]*)*",
                             self.text[start:limit]):
            if m.start() > 0 and self.text[start + m.start() - 1].isalnum():
                continue
            if m.group(0) == noun:
                continue  # the noun alone
            name = self.aliases.resolve(m.group(0))
            if name.canonical not in countries() and not looks_person(name):
                found = name
        return found

    def _named_in_full(self, name: Name) -> Name:
        """ "Hunt told parliament …" after "finance minister Jeremy Hunt presented his budget":
        a surname the article gave in full before, though not as a claimant."""
        word = name.canonical
        if self.text is not None and word.isupper() and word.isalpha() and 2 <= len(word) <= 6 \
                and f"({word})" in self.text:
            spelled = re.search(rf"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on|de|del|la|y)"
                                rf"\s+)*)+)\({word}\)", self.text)
            if spelled is not None:  # "a PCB document" after "The Pakistan Cricket Board (PCB)"
                full = self.aliases.resolve(spelled.group(1).strip())
                if full.canonical not in countries() and not looks_person(full):
                    return replace(full, text=name.text)
        if self.text is not None and word.isupper() and word.isalpha() and 3 <= len(word) <= 5:
            joiner = r"\s+(?:(?:of|for|and|the|on)\s+)*"
            spelled = re.search(r"\b" + joiner.join(rf"{c}[a-z][\w'’-]*" for c in word) + r"\b",
                                self.text)
            if spelled is not None:  # "Kenya Defence Forces troops killed 11 …, says KDF"
                full = self.aliases.resolve(spelled.group(0))
                if full.canonical not in countries() and full.kind != "person":
                    return replace(full, text=name.text)
        if self.text is None or not word.isalpha() or not word[:1].isupper() or word.isupper() \
                or word in countries():
            return name
        before = self.text[:self.toks[0].start]
        if word not in before:
            return name
        given = None
        for m in re.finditer(rf"\b([A-Z][a-zà-ÿ'-]+) {re.escape(word)}\b", before):
            first = m.group(1).casefold()
            if first not in self.aliases.titles and first not in self.aliases.anaphora \
                    and first not in DETERMINERS and first not in timing.MONTHS:
                given = m.group(1)
        if given is None:
            return name
        full = self.aliases.resolve(f"{given} {word}")
        return replace(full, text=name.text) if looks_person(full) else name

    # -- cues --------------------------------------------------------------------------------

    def find_cues(self) -> list[Cue]:
        toks, c = self.toks, self.cues
        found: list[Cue] = []
        self.found_so_far = found
        triggers = c.triggers
        candidates = positions(toks, triggers)
        if not candidates:
            return found
        self._candidates = candidates
        done = 0  # tokens before this are inside a cue already read
        for i in candidates:
            if i < done:
                continue
            if toks[i].low == "quoted" and self.lang == "en":
                cue = self._quoted_as(i)
                if cue is not None:  # "Interfax quoted the ministry as saying …"
                    found.append(cue)
                    done = cue.end
                    continue
            hit = match_at(toks, i, c.before) if toks[i].low in c.before.firsts else None
            if hit and i > 0 and toks[i - 1].low == "ever":
                hit = None  # "the biggest gain ever recorded by a hedge fund manager"
            if hit is None and toks[i].low in c.before.firsts and i + 3 < len(toks) \
                    and toks[i].low.endswith(PARTICIPLE_ENDS) \
                    and toks[i + 1].low in ("en", "in", "durante", "during") \
                    and timing.YEAR_DIGITS.fullmatch(toks[i + 2].text) \
                    and toks[i + 3].low in ("por", "by"):
                hit = (i + 4, None)  # "fueron contabilizadas en 2022 por el Observatorio …"
            if hit and hit[0] + 1 < len(toks) and toks[hit[0]].low in AUXILIARIES \
                    and (toks[hit[0] + 1].low in c.verbs or toks[hit[0] + 1].low in ADVANCED):
                hit = (hit[0] + 1, hit[1])  # "según ha informado el Servicio …"
            if hit and hit[0] + 1 < len(toks) and toks[hit[0]].low in ("el", "la", "los", "las") \
                    and toks[hit[0] + 1].low in ("cual", "cuales"):
                done = hit[0] + 2  # "un balance según el cual …": the balance's own claim
                continue
            if hit and hit[0] < len(toks) and (toks[hit[0]].low in c.verbs
                                               or toks[hit[0]].low in ADVANCED):
                cue = self._inverted(hit[0])  # "según informó este martes el gobernador"
                if cue is not None:
                    self._interviewer(cue)  # ("…, en un mensaje recogido por Ukrinform")
                if cue is None and hit[0] + 1 < len(toks) and toks[hit[0] + 1].text == ",":
                    # "de los que, según dijo, 24 siguen con vida": the speaker before
                    earlier = [f for f in found if f.kind == "verb" and f.name is not None]
                    speaker = earlier[-1].name if earlier else self.memory.recall("group")
                    if speaker is not None:
                        cue = Cue("pp", i, hit[0] + 1, speaker, np_start=i, np_end=hit[0] + 1)
                if cue is None and self.lang == "es" and i > 0 and toks[i - 1].text == ",":
                    subject = self._clause_subject(i)
                    if subject is not None:  # "El colectivo X halló …, según denunció en sus
                        # redes sociales": the subject of the sentence
                        cue = Cue("pp", i, hit[0] + 1, subject[0], np_start=subject[1],
                                  np_end=subject[2])
                    else:
                        done = hit[0] + 1  # (no one named: not the verb as a name)
                        continue
                if cue is not None:
                    cue.kind, cue.at = "pp", i
                    found.append(cue)
                    done = cue.end
                    continue
            if hit and (toks[i].low != "per" or self._per_is_cue(i)):
                s, e = self.np_after(hit[0])
                name, e = self._with_apposition(s, e)
                if name is None and s < e:
                    # "según las estimaciones provisionales publicadas por la Eurocámara"
                    by = match_at(toks, e, c.cited_by) or self._published_by(e)
                    if by:
                        s, e = self.np_after(by[0])
                        name, e = self._with_apposition(s, e)
                    elif e + 2 < len(toks) and toks[e].low.endswith(PARTICIPLE_ENDS) \
                            and toks[e + 1].low in ("del", "de") \
                            and toks[s + (toks[s].low in DETERMINERS)].low in REPORT_NOUNS:
                        # "según las cifras revisadas del Inegi": the report's author
                        name, e = self._with_apposition(s, self.np_after(e + 1)[1])
                made = self._report_made_by(hit[0]) or self._study_by(hit[0])
                if made is not None:  # "according to figures the Chinese automaker released"
                    name, s, e = made
                owner = self._report_owner(s, e) if name is not None else None
                if owner is not None:
                    name = owner  # "según el Índice de Precios de Vivienda del INE"
                if name is not None:
                    cue = Cue("pp", i, e, name, np_start=s, np_end=e,
                              preposed=i == 0 or toks[i - 1].text in ("(", "—"),
                              carried=s > hit[0])
                    self._cited_by(cue)
                    self._reported_subject(cue)
                    found.append(cue)
                    done = cue.end
                    continue
            if (toks[i].low in c.verbs or toks[i].low in RATE_MOVES or toks[i].low in LEGAL_ASKS) \
                    and self._verb_is_cue(i) \
                    and not (
                    (rel := match_before(toks, i + 1, c.relay)) and rel[0] < i):
                # (not the verb of a relay: "…, que a su vez recoge un comunicado del …")
                cue = self._verb_cue(i)
                if cue is not None:
                    self._interviewer(cue)
                    found.append(cue)
        self._attach_relays(found)
        return found

    def _name_end(self, j: int, before: int) -> int:
        """Where the run of capitalized words starting at token ``j`` ends (before ``before``)."""
        while j < before and self.toks[j].text[:1].isupper() and self.toks[j].text.isalpha():
            j += 1
        return j

    def _name_start(self, k: int) -> int:
        """Where the run of capitalized words ending just before token ``k`` starts."""
        while k > 0 and self.toks[k - 1].text[:1].isupper() and self.toks[k - 1].text.isalpha():
            k -= 1
        return k

    def _served_by(self, before: int) -> Name | None:
        """ "About 170,000 Austin Energy customers were without power, the utility said": the
        company whose customers (or staff) the sentence counts."""
        toks = self.toks
        for k in range(1, before):
            if toks[k].low in SERVED and toks[k - 1].text[:1].isupper() \
                    and toks[k - 1].text.isalpha():
                j = self._name_start(k)
                if j == 0 or not (toks[j - 1].text[:1].isdigit()
                                  or toks[j - 1].low in ("million", "billion", "thousand")):
                    continue  # (a count of them: "170,000 Austin Energy customers")
                name = self.aliases.resolve(self.text_of(j, k))
                if name.canonical not in countries() and not is_demonym(name.canonical):
                    return name
        return None

    def _owner_mentioned(self, before: int) -> Name | None:
        """ "Los aeropuertos españoles de Aena cerraron 2023 con …, según el gestor
        aeroportuario", "Output at Foxconn's main factory could fall …, according to the
        contract manufacturer": the one company whose assets the sentence opens with."""
        toks = self.toks
        found: list[Name] = []
        for k in range(1, min(before, 8)):
            if self.lang == "es" and toks[k - 1].low in ("de", "del") \
                    and toks[k].text[:1].isupper():
                j = k
            elif self.lang == "en" and k + 1 < before and toks[k + 1].low in ("'s", "’s") \
                    and toks[k].text[:1].isupper():
                j = self._name_start(k)
            else:
                continue
            e = k + 1
            while self.lang == "es" and e < before and toks[e].text[:1].isupper():
                e += 1
            name = self.aliases.resolve(self.text_of(j, e))
            if name.canonical not in countries() and not is_demonym(name.canonical) \
                    and not looks_person(name):
                found.append(name)
        return found[0] if len(found) == 1 else None

    def _deal_parties(self, before: int) -> Name | None:
        """ "Chevron will buy Hess for $53 billion …, the companies said": the company that opens
        the sentence and the one it buys or merges with, as one claimant."""
        toks = self.toks
        buyer = self._opening_name(before, True)
        deal = next((k for k in range(1, before) if toks[k].low in DEAL_VERBS), None)
        if buyer is None or deal is None:
            return None
        both = next((k for k in range(1, min(deal, 6)) if toks[k].low in ("and", "y")
                     and toks[k - 1].text[:1].isupper()), None)
        if both is not None and toks[both + 1].text[:1].isupper():
            k = both + 1  # "Anglo American and Teck Resources agreed to combine"
            j = self._name_end(k, deal)
        else:
            k = deal + 1
            while k < before and k - deal <= 4 and (toks[k].text.islower()
                                                     or toks[k].text == "-"):
                k += 1  # ("agreed to buy contract manufacturer Catalent", "merge with")
            j = self._name_end(k, before)
            if j == k or j - k > 4:
                return None
        other = self.aliases.resolve(self.text_of(k, j))
        joiner = " y " if self.lang == "es" else " and "
        # "the oil major" after them is one of the two, the buyer: remembered on its own, and
        # the pair is of a kind of its own
        self.memory.remember(buyer)
        return replace(buyer, canonical=buyer.canonical + joiner + other.canonical, kind="pair")

    def _noun_after(self, k: int, nouns: frozenset[str]) -> int | None:
        """In English, where one of ``nouns`` heads the phrase at token ``k``, past its article
        and up to three lower-case words before it ("a regulatory filing"); None if it does
        not."""
        toks, n = self.toks, len(self.toks)
        if self.lang != "en":
            return None
        r = k + (k < n and toks[k].low in DETERMINERS)
        while r < min(n, k + 4) and toks[r].low not in nouns and toks[r].text.isalpha() \
                and toks[r].text.islower():
            r += 1
        return r if r < n and toks[r].low in nouns else None

    def _report_made_by(self, k: int) -> tuple[Name, int, int] | None:
        """ "figures the Chinese automaker released on Monday", "a regulatory filing he made
        last week": a report, then who made it, in a clause with no "that"; (who, where the
        name starts, where the clause's verb ends)."""
        toks, n = self.toks, len(self.toks)
        r = self._noun_after(k, REPORT_NOUNS)  # ("a regulatory filing")
        if r is None or r + 2 >= n or not toks[r].text.islower():
            return None  # (not "Census Bureau estimates released …")
        a = r + 1
        if toks[a].low in ("he", "she", "it", "they"):
            b = a + 1
        elif toks[a].low == "the" or toks[a].text[:1].isupper():
            b = next((b for b in range(a + 1, min(n, a + 7)) if toks[b].low in MADE_PUBLIC
                      or not toks[b].text.isalpha()), n)
        else:
            return None
        if b >= n or toks[b].low not in MADE_PUBLIC:
            return None
        who = self.name(a, b)
        return (who, a, b + 1) if who is not None else None

    def _study_by(self, k: int) -> tuple[Name, int, int] | None:
        """ "an analysis of 17 studies covering 226,889 people led by Maciej Banach", "an
        analysis of state test data by Fox45": a study of something, then who made it; (who,
        where the name starts, where it ends)."""
        toks, n = self.toks, len(self.toks)
        r = self._noun_after(k, STUDIES)  # ("a new analysis")
        if r is None or r + 3 >= n or toks[r + 1].low != "of":
            return None
        for m in range(r + 2, min(n - 1, r + 16)):
            if toks[m].text in BOUNDARY:
                return None
            if toks[m].low == "by" and (toks[m + 1].text[:1].isupper() or (
                    toks[m + 1].low == "the" and m + 2 < n and toks[m + 2].text[:1].isupper())):
                a, e = self.np_after(m + 1)
                who, e = self._with_apposition(a, e)
                return (who, a, e) if who is not None and who.named else None
        return None

    def _report_owner(self, s: int, e: int) -> Name | None:
        """ "el Índice de Precios de Vivienda del INE", "la estadística de transmisiones de
        derechos de la propiedad del INE": a Spanish report named by what it measures, then
        whose it is, a body named by its initials or known to the alias table."""
        toks = self.toks
        k = s + (toks[s].low in DETERMINERS)
        if self.lang != "es" or k >= e - 3 or toks[k].low not in REPORT_NOUNS:
            return None
        m = next((m for m in range(e - 2, k, -1) if toks[m].low in ("del", "de")), None)
        if m is None:
            return None
        tail = m + 1 + (toks[m + 1].low in ("la", "los", "las"))
        if tail >= e or not all(t.text[:1].isupper() for t in toks[tail:e]) or any(
                t.low in ORG_HEADS or self.aliases.anaphora.get(t.low) is not None
                or t.low in ("división", "oficina", "departamento") for t in toks[k + 1:m]):
            return None  # (not "datos de la División de Población de Naciones Unidas")
        text = self.text_of(tail, e)
        if not (toks[tail].text.isupper() and e - tail == 1) \
                and self.aliases.by_alias.get(self.aliases.key(text)) is None:
            return None
        return self.name(tail, e)

    def _reported_subject(self, cue: Cue) -> None:
        """ "Analysts at Counterpoint Research, as reported by the Korea Herald, expect …": the
        subject set off before "as reported by" is the claimant, the outlet its relay."""
        toks, i = self.toks, cue.at
        if self.lang != "en" or toks[i].low != "as" or i < 2 or toks[i - 1].text != "," \
                or cue.end >= len(toks) or toks[cue.end].text != "," or cue.name is None \
                or not cue.name.named or cue.outer is not None:
            return
        s, e = self.np_before(i - 1)
        subject = self.name(s, e) if s < e == i - 1 and (s == 0 or toks[s - 1].text in (
            ",", ";")) else None
        if subject is None or not subject.named:
            return
        outlet = cue.name
        cue.name, cue.outer = subject, outlet
        cue.relays.append(outlet)
        cue.np_start = s

    def _cited_by(self, cue: Cue) -> None:
        """ "according to anonymous officials cited by the Financial Times": the outlet is the
        claimant of unnamed officials (their basis), the relay of a named source."""
        based = match_at(self.toks, cue.end, self.cues.based_on)
        if based and cue.name is not None:  # "un recuento de CBS News basado en datos de …"
            s, e = self._based_on(based[0])
            cue.name.basis = self.text_of(s, e) or None
            cue.end = cue.np_end = e
            return
        at = cue.end
        toks = self.toks
        if at + 2 < len(toks) and toks[at].text == "," and toks[at + 1].text.islower() \
                and toks[at + 1].low.endswith(PARTICIPLE_ENDS) \
                and toks[at + 2].low in ("por", "by") \
                and not match_at(toks, at + 1, self.cues.cited_by):
            # "según el Ministerio de Sanidad, controlado por Hamás, citado por Al Yazira": past
            # what describes the claimant
            after = next((m for m in range(at + 3, min(len(toks), at + 10))
                          if toks[m].text in BOUNDARY), None)
            if after is not None and toks[after].text == "," \
                    and match_at(toks, after + 1, self.cues.cited_by):
                at = after
        elif at + 3 < len(toks) and toks[at].text == "," and cue.kind == "pp" and (
                toks[at + 1].low in ("un", "una", "a", "an", "que")
                or (toks[at + 1].low == "the" and toks[at + 2].text[:1].isupper()) or (
                    toks[at + 1].text.islower() and toks[at + 1].text.isalpha()
                    and toks[at + 2].low in ("de", "del", "of"))):
            # "según el ISW, un centro de análisis con sede en Washington, en un informe citado
            # por la cadena BBC", "…, mediador de la Unión Africana, recogidas por el FT", "ACLED,
            # the Armed Conflict Location & Event Data Project, cited by Lusa": past what the
            # claimant is
            after = next((m for m in range(at + 2, min(len(toks), at + 24))
                          if toks[m].text in BOUNDARY), None)
            if after is not None and toks[after].text == "," and (
                    match_at(toks, after + 1, self.cues.cited_by)
                    or self._hop_lead(after) is not None):
                at = after
        if at + 1 < len(self.toks) and self.toks[at].text == "," and (
                match_at(self.toks, at + 1, self.cues.cited_by) or (
                    self.toks[at + 1].low in PUBLISHED
                    and self._published_by(at + 1))):
            at += 1  # "según el Ministerio de Salud, citado por la agencia EFE, …", "…,
            # difundido este sábado por la televisión pública 2M"
        hit = match_at(self.toks, at, self.cues.cited_by) or self._published_by(at)
        if not hit and cue.kind == "pp" and 0 < at < len(self.toks) - 1 \
                and self.toks[at].low == "on" and self.toks[at - 1].low in READ_ON:
            hit = (at + 1, "on")  # "according to a statement read on state broadcaster MRTV"
        if not hit and cue.kind == "pp" and at + 1 < len(self.toks) \
                and self.toks[at].text == "," and self.toks[at + 1].low == "in":
            hit = match_at(self.toks, at + 1, PASSED_ON)  # "according to X, in figures cited
            # by the news site Y"
        if not hit and (lead := self._hop_lead(at)) is not None:
            hit = (lead, None)  # "…, that was quoted by Y"
        if not hit and cue.name is not None and not cue.name.named:
            # "según fuentes cercanas a la mesa de diálogo citadas por la revista Semana"
            for k in range(at, min(len(self.toks), at + 8)):
                if self.toks[k].text in BOUNDARY:
                    break
                if self.toks[k].low in self.cues.cited_by.firsts and (
                        hit := match_at(self.toks, k, self.cues.cited_by)):
                    cue.name = Name(text=self.text_of(cue.np_start, k),
                                    canonical=self.text_of(cue.np_start, k), named=False)
                    break
        if not hit or cue.name is None:
            return
        k = hit[0]
        if self.toks[at].low == "que" and k + 1 < len(self.toks) \
                and self.toks[k + 1].low in REPORT_NOUNS:
            return  # "la Academia, que publica los datos junto a Glamos": what it publishes
        if k + 1 < len(self.toks) and self.toks[k].low in ("este", "esta") \
                and self.toks[k + 1].low in WHEN_WORDS:
            k += 2  # "el dato que publicó este viernes el INE"
        s, e = self.np_after(k)
        outlet, e = self._with_apposition(s, e)  # "presentado por la subsecretaria …, Carolina …"
        if outlet is not None and not outlet.named and self.toks[s].low in OWN:
            return  # "según las actas recopiladas por sus testigos": the speaker's own, no relay
        if outlet is None:
            if not cue.name.named and self.text_of(s, e).casefold() in SELF_REFERENCES:
                # "según fuentes oficiales consultadas por este diario": the article's own
                # reporting, on an unnamed basis
                cue.name = Name(text="", canonical="", kind="self", named=False,
                                basis=self.text_of(cue.np_start, e))
                cue.end = cue.np_end = e
            return
        words = cue.name.text.split()
        written = [w.casefold() for w in words[:3]]
        if outlet.named and not cue.name.named and not LEGAL_PAPERS.isdisjoint(written) \
                and (opener := self._opening_name(cue.at)) is not None:
            # "La Audiencia Nacional ha condenado a 8 años …, según la sentencia, a la que ha
            # tenido acceso Europa Press": the court's, via the outlet that saw it
            cue.name, cue.outer = opener, outlet
            cue.relays.append(outlet)
            cue.end = cue.np_end = e
            return
        reports = [k for k in range(min(3, len(words))) if words[k].casefold() in REPORT_NOUNS
                   and not (self.lang == "en" and words[k][:1].isupper() and k + 1 < len(words)
                            and words[k + 1][:1].isupper())]  # (not "Records" in a name)
        report = words[reports[0]] if reports else (
            words[-1] if len(words) > 3 and words[-1].casefold() in REPORT_NOUNS else None)
        # ("National Crime Records Bureau data cited by PTI": the report's noun last)
        author = strip_report(cue.name.text) if report else cue.name.text
        if report is not None and author == cue.name.text and len(words) > 1 \
                and self.toks[at].low not in AUTHORED \
                and words[-1].casefold() in REPORT_NOUNS and all(
                    w[:1].isupper() for w in words[:-1] if w.casefold() not in DETERMINERS):
            author = " ".join(words[:-1])  # "Home Office figures analysed by PA": its owner's
        if report and report.islower() and author != cue.name.text and not any(
                w[:1].isupper() for w in author.split() if not is_demonym(w)) \
                and author.split()[0].casefold() in self.aliases.groups:
            # "estimaciones de funcionarios estadounidenses recogidas por The New York Times":
            # the outlet's claim, on an unnamed basis
            cue.name = Name(text=outlet.text, canonical=outlet.canonical, kind=outlet.kind,
                            basis=author)
        elif report and report.islower() and author != cue.name.text and author.islower() \
                and (len(author.split()) == 1 or author.split()[0] in REPORT_NOUNS) \
                and author.casefold() not in self.aliases.anaphora:
            # "el proyecto de presupuesto publicado por el Ministerio de Finanzas", "los datos
            # del escrutinio al 100 % difundidos por el Ministerio del Interior": what the
            # report is of, not who wrote it: the publisher's figure
            cue.name = outlet
        elif report and report.islower() and author != cue.name.text:
            # "un informe de la inteligencia estadounidense citado por Reuters": the report's
            # author is the claimant, the outlet its relay
            cue.name = Name(text=author, canonical=self.aliases.clean(author), named=True)
            cue.relays.append(outlet)
            cue.outer = outlet
        elif reports and (cue.name.named or (
                cue.name.text.islower() and not any(
                    w.casefold() in self.aliases.groups for w in words))):
            cue.name = outlet  # "la Encuesta … publicada por el INE", "el dato adelantado que
            # publicó el INE": the INE's figures
        elif cue.name.named or self._one_body(cue.name.text):
            cue.relays.append(outlet)  # (a body "cited by" an outlet, named or not: "data from
            cue.outer = outlet  # the state prosecutor's office cited by Noroeste")
        else:
            cue.name = Name(text=outlet.text, canonical=outlet.canonical, kind=outlet.kind,
                            basis=cue.name.text)
        if cue.name is outlet:  # ("according to a statement carried by MRTV": it only carried
            # what someone stated)
            cue.carried = all(w.casefold() in DETERMINERS or w.casefold() in REPORT_NOUNS
                              or w in READ_ON for w in words)
        cue.end = cue.np_end = e
        for _ in range(3):
            # "…, citada por el diario Sudan Tribune y recogida por Europa Press", "as quoted
            # by Yonhap in a report cited by Reuters": a further hop
            lead = self._hop_lead(e)
            if lead is None:
                break
            s2, e2 = self.np_after(lead)
            further = self.name(s2, e2) if s2 < e2 else None
            if further is None or not further.named:
                break
            if cue.outer is None:  # ("un comunicado recogido por TASS y citado por Reuters")
                cue.outer = further
                cue.relays.append(further)
            else:
                cue.further.append(further)
            cue.end = cue.np_end = e = e2

    def _based_on(self, k: int) -> tuple[int, int]:
        """What a count is based on, from token ``k``: "police and hospital figures" whole."""
        toks = self.toks
        s, e = self.np_after(k)
        if e + 1 < len(toks) and toks[e].low in ("and", "y"):
            s2, e2 = self.np_after(e + 1)
            if s2 == e + 1 and e2 - s2 <= 3 and toks[e2 - 1].low in REPORT_NOUNS:
                e = e2
        return s, e

    def _past_time(self, k: int) -> int:
        """The token after the words of time from ``k`` on ("este martes", "on Monday"; an
        article is not one of them: "el ministerio")."""
        toks = self.toks
        while k < len(toks) and toks[k].low in AFTER_VERB_TIME and toks[k].low not in ("el", "la"):
            k += 1
        return k

    def _hop_lead(self, k: int) -> int | None:
        """Where Y's name starts in a further hop after a relay's name at ``k``: "and later
        cited by Y", ", as cited by Y", "in a report cited by Y", "that was quoted by Y", "y
        recogida por Y", ", según recogió Y"; None when no hop follows."""
        toks = self.toks
        start = k
        m = self._past_time(k)
        if m > k and m < len(toks) and toks[m].low in ("and", "y"):
            k = m  # "released by the Houston Police Department on Monday and reported by …"
        if k < len(toks) and toks[k].text == ",":
            k += 1
        if k < len(toks) and toks[k].low in ("and", "y"):
            k += 1
            if k < len(toks) and toks[k].low in ("later", "then", "also", "luego", "después"):
                k += 1
            if k < len(toks) and toks[k].low in RELAYED:
                k += 1  # "cuyo comunicado recogió Interfax y difundió después EFE"
                while k < len(toks) and toks[k].low in ("luego", "después", "más", "tarde"):
                    k += 1
                return k
        elif k + 2 < len(toks) and toks[k].low in ("in", "en") \
                and toks[k + 1].low in ("a", "an", "un", "una") and toks[k + 2].low in REPORT_NOUNS:
            k += 3  # "in a report cited by Reuters"
        elif k + 1 < len(toks) and toks[k].low in ("that", "which", "que") \
                and toks[k + 1].low in ("was", "were", "fue", "fueron"):
            k += 2  # "a report by Radio Dabanga that was quoted by the Sudan Tribune"
            if k + 1 < len(toks) and (toks[k].low, toks[k + 1].low) == ("in", "turn"):
                k += 2  # "cited by Jeune Afrique, which was in turn quoted by RFI"
        elif k + 2 < len(toks) and toks[k].low == "en" and toks[k + 1].low in ACCOUNTS:
            k += 2  # "en informaciones que recoge EFE", "en declaraciones recogidas por …"
        elif k + 1 < len(toks) and toks[k].low in ("según", "cuya", "cuyas", "cuyo", "cuyos") \
                and k > start and (toks[k].low == "según" or toks[k + 1].low in REPORT_NOUNS
                                   or toks[k + 1].low in ACCOUNTS):
            # ", según recogió Reuters", "…, cuya información recogió a su vez la agencia AFP"
            m = k + 1 + (toks[k].low != "según")
            if m < len(toks) and toks[m].low in RELAYED:
                m += 1
                if m + 2 < len(toks) and (toks[m].low, toks[m + 1].low) == ("a", "su"):
                    m += 3
                return m
            return None
        if k == start or not (k < len(toks) and toks[k].low in self.cues.cited_by.firsts):
            return None
        hit = match_at(toks, k, self.cues.cited_by)
        if hit and hit[0] + 3 < len(toks) and (toks[hit[0]].low, toks[hit[0] + 1].low,
                                               toks[hit[0] + 2].low) == ("a", "su", "vez"):
            return hit[0] + 3  # ", que recoge a su vez la agencia AFP"
        return hit[0] if hit else None

    def _interviewer(self, cue: Cue) -> None:
        """The outlet a claimant spoke to, as a relay: "aseguró en una entrevista con el portal
        The War Zone", "dijo a la agencia AP", "said in an interview with the BBC"."""
        toks = self.toks
        if cue.outer is not None or cue.name is None:
            return
        k = spoken_to = self._past_time(cue.at + 1)
        hit = match_at(toks, k, INTERVIEWS)
        if not hit and cue.end > cue.at + 1:  # "…, afirmó X, en una entrevista con la CBS"
            k = cue.end + (cue.end < len(toks) and toks[cue.end].text == ",")
            hit = match_at(toks, k, INTERVIEWS)
        if not hit and (self.lang == "es" or not INTERVIEWS.needs.isdisjoint(self.vocab)):
            # past what describes the speaker: "afirmó X, asesor de …, en declaraciones a la
            # cadena Kanal 24" (in English only an interview's words can be found there)
            for m in range(max(cue.end, cue.at + 1), min(len(toks) - 1, cue.end + 30)):
                if toks[m].text in (".", ";", "?", "!"):
                    break
                if toks[m].text == "," and (hit := match_at(toks, m + 1, INTERVIEWS)):
                    break
                if toks[m].text == "," and m + 2 < len(toks) and toks[m + 1].low in ("a", "al") \
                        and self.lang == "es" and m + 1 > cue.end:
                    k = m + 1  # "dijo el gobernador …, Serhiy Haidai, a la televisión Suspilne"
                    break
        if not hit and cue.at > 3 and toks[cue.at - 1].text == "," and self.lang == "en":
            k = self._previous_comma(cue.at)
            aside = match_at(toks, k + 1, INTERVIEWS) if k > 0 else None
            if aside and self.np_after(aside[0])[1] == cue.at - 1:
                hit = aside  # "Tigray's regional authorities, in figures shared with the
                # Associated Press, said"
        if not hit and cue.np_start > 3 and (opening := match_at(toks, 0, INTERVIEWS)) \
                and toks[cue.np_start - 1].text == "," \
                and self.np_after(opening[0])[1] == cue.np_start - 1:
            hit = opening  # "In an interview with CNN, President William Ruto said"
        if not hit and k + 4 < len(toks) and toks[k].low in ("en", "in") \
                and toks[k + 1].low in POSSESSIVES:
            m = next((m for m in range(k + 2, min(len(toks) - 1, k + 5))
                      if toks[m].text == ","), None)
            if m is not None and any(t.low in REPORT_NOUNS for t in toks[k + 2:m]) \
                    and (by := match_at(toks, m + 1, self.cues.cited_by)):
                hit = (by[0], None)  # "afirmó X en su parte diario, recogido por Ukrinform"
        if not hit and k + 4 < len(toks) and toks[k].low in ("in", "en") \
                and toks[k + 1].low in ("a", "an", "un", "una") \
                and (toks[k + 2].low in REPORT_NOUNS or toks[k + 2].low in LETTERS):
            for m in range(k + 3, min(len(toks) - 1, k + 12)):
                if toks[m].text in BOUNDARY:
                    break
                by = match_at(toks, m, self.cues.cited_by)
                if by and toks[by[0] - 1].low in ("by", "por"):
                    hit = (by[0], None)  # "said in a letter to the United Nations seen by
                    break  # Reuters"
        if not hit and self.lang == "en" and cue.kind == "verb" \
                and not self.cues.cited_by.firsts.isdisjoint(self.vocab):
            hit = self._statement_carried(cue.end)  # "…, in its first statement since the
            # disaster, carried by Radio New Zealand"
        told = toks[cue.at].low == "told" and cue.at + 1 < len(toks)
        carried = None
        if hit and told and hit[1] in CARRIED:
            carried = self.name(*self.np_after(hit[0]))  # "told KBS, in remarks carried by
            hit = None  # Yonhap": KBS, then Yonhap
        elif not hit and told:
            after = match_at(toks, self.np_after(cue.at + 1)[1], PASSED_ON)
            if after:  # "told Al Masar television in remarks carried by AFP"
                carried = self.name(*self.np_after(after[0]))
        if hit:  # ("a través de" a news outlet, not "a través de Telegram")
            start, needs_descriptor = hit[0], hit[1] == "a través de"
        elif k + 1 < len(toks) and toks[k].text in ("a", "al", "to"):
            start, needs_descriptor = k + 1, True  # "dijo a la agencia AP", not "dijo a Efe"
        elif spoken_to + 1 < cue.np_start and toks[spoken_to].text in ("a", "al") \
                and cue.name.basis is None and self.np_after(spoken_to + 1)[1] == cue.np_start:
            start, needs_descriptor = spoken_to + 1, True  # "dijo a la cadena ABC la oficina
            # del sheriff": the outlet before the speaker
        elif told:
            start, needs_descriptor = cue.at + 1, True  # "told Al Jazeera", "told the BBC"
        else:
            return
        s, e = self.np_after(start)
        words = self.text_of(s, e).split()
        lead = next((k for k in range(min(2, len(words) - 2))
                     if words[k].casefold() in LAWMAKERS or words[k].casefold() in INTERVIEWERS),
                    None)
        lawmaker = told and lead is not None and name_words(words[lead + 1:])
        # "the NIS told lawmaker Park Sun-won", "told pro-Kremlin blogger Konstantin Dolgov":
        # the one told relays it
        if not words or (needs_descriptor and not any(
                w.casefold() in self.aliases.descriptors and w.islower() for w in words[:3])
                and not (told and (self._outlet_like(words) or self._call_sign(words)))
                and not (self.lang == "es" and self._outlet_like(words) and (
                    words[0].casefold() in ("la", "el")
                    or self._known_as(words).casefold() not in SPANISH_WIRES))
                # ("a la BBC", "a CNN Chile", not "a Efe": the wire is the publisher)
                and not any(w in OUTLET_HINTS for w in words[:3])  # ("a la televisión …")
                and not (len(words) > 1 and any(w.casefold() in MEDIA_KINDS and w[:1].isupper()
                                                for w in words[:3]))  # ("a Caracol Radio")
                and not lawmaker):
            return
        outlet = self.name(s, e)
        if told and len(words) == 2 and words[0] == "the" and words[1] in TOLD_OUTLET_NOUNS:
            # "He told the agency that …" after "…, quoted by Reuters": the outlet named before
            outlet = self.memory.recall("media", self._is_outlet) or outlet
        if outlet is not None and outlet.canonical.casefold() in PLATFORMS:
            return  # "en una entrevista difundida por Telegram": where, not who passed it on
        if self.lang == "en" and all(is_demonym(w) or w.islower() for w in words) \
                and any(is_demonym(w) for w in words) \
                and any(w.casefold() in MEDIA_KINDS for w in words):
            return  # "told Ukrainian television": no outlet named
        if outlet is not None and outlet.named and (any(not w.islower() for w in words) or (
                told and self.aliases.anaphor_kind(" ".join(words)) in ("org", "media"))):
            # ("He told the channel …": the outlet named before)
            spoken = cue.name.text.split()
            head = spoken[-1].casefold() if spoken else ""
            titled = head in self.aliases.titles and head not in ONE_OF_THEM \
                and self._anonymity_clause(cue.at) is None
            indefinite = bool(spoken) and spoken[0].casefold() in ("a", "an", "un", "una") \
                and not any(w[:1].isupper() and not is_demonym(w) for w in spoken[1:]) \
                and not titled and not any(
                    w.casefold() in BODIES for w in spoken[1:5])  # (not "An Israeli military
            # spokesman told Army Radio", nor "A Somali government committee told the AP", but
            # "A local leader, who asked not to be named, told Reuters")
            if indefinite or (not cue.name.named and self.aliases.anaphor_kind(
                    cue.name.text) is None and not titled
                    and not self._one_body(cue.name.text)):  # ("the ruling military junta said
                # in a statement carried by MRTV": a body, not people unnamed)
                # "an official who asked not to be named told Reuters": the outlet's claim, on
                # an unnamed basis (not "the general told the BBC": someone known, via it)
                cue.name = replace(outlet, basis=cue.name.text)
                return
            cue.outer = outlet
            cue.relays.append(outlet)
            if carried is None:
                lead = self._hop_lead(e)  # "…, recogido por la agencia Ukrinform y difundido
                # por Europa Press"
                if lead is None and (by := match_at(toks, e, self.cues.cited_by)):
                    lead = by[0]  # "en una entrevista con la cadena CNN recogida por la AFP"
                if lead is not None:
                    carried = self.name(*self.np_after(lead))
            if carried is not None and carried.named:
                cue.further.append(carried)

    def _is_outlet(self, name: Name) -> bool:
        """Whether a claimant is a news outlet, by its kind or by its name as written."""
        return name.kind == "media" or self._outlet_like(name.text.split())

    def _statement_carried(self, after: int) -> tuple[int, None] | None:
        """ "Tonga's government said that three people had died, in its first statement since the
        disaster, carried by Radio New Zealand": a statement set off later in the sentence,
        then who carried it; where its carrier's name starts."""
        toks, n = self.toks, len(self.toks)
        for m in range(after, n - 4):
            if toks[m].text != "," or toks[m + 1].low != "in" \
                    or toks[m + 2].low not in ("its", "his", "her", "their", "a", "an") \
                    or not any(t.low in REPORT_NOUNS for t in toks[m + 3:m + 6]):
                continue
            for c in range(m + 4, min(n - 1, m + 14)):
                if toks[c].text in (".", ";"):
                    return None
                if toks[c].text == "," and (by := match_at(toks, c + 1, self.cues.cited_by)):
                    return by[0], None
            return None
        return None

    def _alias(self, words: list[str]) -> tuple[str, str | None] | None:
        """The alias table's (canonical name, kind) for a name written as ``words``."""
        return self.aliases.by_alias.get(self.aliases.key(" ".join(words)))

    def _known_as(self, words: list[str]) -> str:
        """A name's canonical form in the alias table, or the name as written."""
        hit = self._alias(words)
        return hit[0] if hit else " ".join(words)

    def _outlet_like(self, words: list[str]) -> bool:
        """Whether a name is a news outlet's ("Al Jazeera", "the BBC", "Yonhap", "the Korean
        Broadcasting System (KBS)")."""
        if len(words) > 1 and words[-1][:1] == "(" and words[-1][-1:] == ")":
            if self._outlet_like([words[-1][1:-1]]):
                return True
            words = words[:-1]
        hit = self._alias(words)
        return (hit is not None and hit[1] == "media") or any(
            w.casefold() in OUTLET_HINTS for w in words)

    def _call_sign(self, words: list[str]) -> bool:
        """ "KHOU", "WFAA-TV", "KPRC 2": a broadcaster no table lists, by its call sign."""
        return self.lang == "en" and 0 < len(words) <= 2 \
            and CALL_SIGN.fullmatch(words[0]) is not None \
            and (len(words) == 1 or words[1].isdigit()) and self._alias(words) is None

    def _cited_subject(self, cue: Cue) -> None:
        """ "Fuentes de la investigación citadas por El País elevan a 90 …": the subject
        before "cited by" is the source, the outlet after it its claimant or relay."""
        if self.cues.cited_by.firsts.isdisjoint(self.vocab):
            return
        toks, s, e = self.toks, cue.np_start, cue.np_end
        hit = None
        m = next((m for m in range(s + 1, e - 1)
                  if toks[m].low in self.cues.cited_by.firsts
                  and (hit := match_at(toks, m, self.cues.cited_by))), None)
        if m is None or hit is None or cue.name is None:
            return
        source, outlet = self.name(s, m), self.name(hit[0], e)
        if source is None or outlet is None:
            return
        cue.name = outlet
        words = source.text.split()
        polled = words[-1].casefold() in self.aliases.groups and all(
            w.islower() or w in countries() or (k == 0 and s == 0) for k, w in enumerate(words))
        asked = polled and toks[m].low in ASKED  # ("Economists polled", "Survivors")
        if source.named and not polled:  # ("Economists polled by Reuters": unnamed)
            cue.relays.append(cue.name)
            cue.outer = cue.name
            cue.name = source
        else:
            cue.name = Name(text=outlet.text, canonical=outlet.canonical, kind=outlet.kind,
                            basis=source.text + (" " + toks[m].text if asked else ""))

    def _published_by(self, k: int) -> tuple[int, str] | None:
        """ "publicada este viernes por …", "released on Friday by …"."""
        toks = self.toks
        if k >= len(toks) or not toks[k].low.endswith(PARTICIPLE_ENDS):
            return None
        for m in range(k + 1, min(len(toks), k + 5)):
            if toks[m].low in ("por", "by"):
                return m + 1, "by"
            if toks[m].text in BOUNDARY:
                return None
        return None

    def _per_is_cue(self, i: int) -> bool:
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        return bool(nxt and (nxt.text[:1].isupper() or nxt.low == "the")
                    and (i == 0 or self.toks[i - 1].text in (",", "(")))

    def _verb_is_cue(self, i: int) -> bool:
        toks = self.toks
        word = toks[i].low
        if not toks[i].text.islower() and i > 0:
            return False  # "United States", not "states"
        if i + 1 < len(toks) and toks[i + 1].text == "-" and not toks[i].ws:
            return False  # "Chile's state-owned Codelco": part of a compound
        if i > 0 and toks[i - 1].text == "-" and not toks[i - 1].ws:
            return False  # "value-added tax"
        if i > 1 and (word in NOUN_LIKE or word in ("counts", "notes", "shows")) \
                and toks[i - 1].text.islower() and toks[i - 2].text == "-" \
                and not toks[i - 2].ws:
            return False  # "the 46 attempted-murder counts", "his fabricated hate-crime report"
        b = i - 1
        while b > 0 and (toks[b].low in ("first", "also", "already", "not", "never", "still")
                         or (toks[b].low.endswith("ly") and toks[b].text.islower()
                             and toks[b].low not in LY_NOUNS)):
            b -= 1  # "was first recorded", "were officially confirmed"
        if b < i - 1 and toks[b].low in DETERMINERS and not toks[b].text.isupper():
            return False  # "the first recorded outbreak": an adjective
        if self.lang == "en" and word.endswith("ed") and i > 0 \
                and toks[i - 1].low in ("over", "of", "for", "about", "against", "with") \
                and i + 1 < len(toks) and toks[i + 1].text.isalpha() \
                and toks[i + 1].low not in ("by", "that", "to"):
            return False  # "a case over alleged Libyan financing": an adjective
        if i > 1 and toks[i - 1].low.endswith("est") and toks[i - 2].low in ("the", "its"):
            return False  # "the largest recorded in the EU"
        if word in ("adds", "added", "add") and i + 1 < len(toks) and (
                toks[i + 1].low[:1].isdigit() or toks[i + 1].low in NUMBER_LEADS
                or toks[i + 1].low in number_lexicon(self.lang).classes):
            return False  # "the route adds eight stops", "employers added 517,000 jobs"
        if i > 0 and toks[i - 1].low == "ever":
            return False  # "the highest number ever recorded there"
        if i > 1 and toks[i - 1].low == "to" and any(t.low in (
                "likely", "unlikely", "able", "unable", "willing", "reluctant")
                for t in toks[max(0, i - 6):i - 1]):
            return False  # "Women were more likely than men to report having had it"
        if b >= 0 and b < i and toks[b].low in PASSIVE_BE and not (
                i + 1 < len(toks) and toks[i + 1].low == "by"):
            return False  # "have been confirmed dead", "it was reported that": no speaker
        if i > 1 and toks[i - 1].low in ("and", "or", "y", "o") and toks[i - 2].low.endswith(
                ("ed", "ados", "adas")) and i + 1 < len(toks) and toks[i + 1].text.isalpha() \
                and toks[i + 1].text.islower() and toks[i + 1].low not in ("that", "que"):
            return False  # "suspected and confirmed mpox cases": an adjective
        if i > 0 and (toks[i - 1].low[:1].isdigit() or toks[i - 1].low in self.cues.numbers) \
                and i + 1 < len(toks) and toks[i + 1].text.isalpha():
            return False  # "141 confirmed cases", "44 million registered voters", "four alleged
            # gunmen": an adjective
        if i > 0 and (toks[i - 1].low in CITING or toks[i - 1].low in (
                "cited", "quoted", "received", "seen", "obtained", "reviewed", "filed",
                "submitted", "lodged", "processed", "rejected", "approved")):
            return False  # "citing reports from its observers", "had earlier cited reports of
            # nine cases": a noun
        if self.lang == "es" and i > 0 and toks[i - 1].low in ("en", "de", "sin", "con") \
                and not word.endswith(("ó", "aron", "ieron")):
            return False  # "mantiene en alerta a cientos de municipios": a noun
        if self.lang == "en" and word.endswith("ed") and i > 1 and toks[i - 1].text.isalpha() \
                and toks[i - 1].text.islower() and toks[i - 1].low not in PASSIVE_BE \
                and toks[i - 2].low[:1].isdigit() and not (
                    i > 2 and toks[i - 3].text[:1].isupper()):
            return False  # "with 788 homicides recorded in 2021": a participle after its
            # noun, not a speaker's verb (but "Channel 12 news reported")
        if word in LEGAL_ASKS:
            # "Prosecutors had asked for 30 years", "defence lawyer X argued that 6-1/2 years
            # would be sufficient": what a party to a case asks is its figure
            s, e = self.np_before(i)
            return s < e and any(t.low in LEGAL_PARTIES for t in toks[s:e]) \
                and not self._spoken_before() and (
                word != "asked" or (i + 1 < len(toks) and toks[i + 1].low == "for"))
        if word in RATE_VERBS:
            if self._rate_decision(i) and not self._spoken_before():
                return True  # "The European Central Bank cut its deposit rate by 25 basis
                # points", "El Banco de México recortó su tasa": the bank's own decision
            if word in RATE_MOVES:
                return False
        if word in REVISING:
            # "La Bolsa de Cereales recortó su estimación de la cosecha hasta los 42 millones",
            # "the IMF cut its growth forecast to 2.9%": a revised estimate is a claim
            k = i + 2 if i + 1 < len(toks) and toks[i + 1].low in ("up", "down") else i + 1
            return k + 1 < len(toks) and toks[k].low in POSSESSIVES and any(
                t.low in FORECASTS for t in toks[k + 1:k + 4])  # ("nudged up its forecast")
        if word in REGISTERED:
            # "La AEMET registró 46,8 grados", "el Instituto … registró 2.100 muertes": what a
            # body that measures records is its figure (not a place's, nor the police's)
            s, e = self.np_before(i)
            k = self._previous_comma(i) if s == e and i > 0 and toks[i - 1].text == "," else -1
            if k > 0 and toks[k + 1].low in ("que", "quien", "cuyo", "cuya"):
                s, e = self.np_before(k)  # "La Defensoría, que aplica otra metodología, registró"
            words = [t for t in toks[s:e] if t.low not in DETERMINERS]
            return bool(words) and (
                (words[0].low in ORG_HEADS and words[0].low not in DOERS)
                or (len(words) == 1 and words[0].text.isupper() and 2 <= len(words[0].text) <= 6))
        if word in ("mantiene", "mantienen", "mantenía", "mantenían"):
            # "mantienen un balance de 3.166 fallecidos"; not "mantiene los tipos en el 4 %"
            return any(t.low in ("balance", "cifra", "recuento", "número")
                       for t in toks[i + 1:i + 5])  # ("mantiene en 89 el número de …")
        if word in CELEBRATES:  # "celebró en redes sociales que España cerró el año con …"
            return any(t.low == "que" for t in toks[i + 1:i + 7])  # (not "celebró elecciones")
        if word in FORESEES:
            # "el FMI prevé que su economía se contraiga un 8 %", "había previsto una inflación
            # del 7,5 %"; not "el plan prevé una inversión de …"
            nxt = next((t.low for t in toks[i + 1:i + 3] if t.low not in ("además", "también")),
                       "")
            if word == "previsto":  # (not "Está previsto que …")
                return i > 0 and toks[i - 1].low in ("había", "ha", "han", "habían")
            return nxt == "que"
        if self.lang == "en" and word.endswith("s") and i > 0 and (
                toks[i - 1].low in PREPOSITIONS or toks[i - 1].low == "since" or (
                    i + 1 < len(toks) and toks[i + 1].low in ("began", "begin", "started"))):
            return False  # "since records began", "in reports", "satellite records began": a
            # noun
        if word in ("counts", "claims", "reports", "estimates") and any(
                t.low[:1].isdigit() for t in toks[max(0, i - 2):i]) \
                and toks[i - 1].low not in PRONOUNS:  # (not "170,000 it estimates are …")
            return False  # "guilty on all 34 felony counts": the figure's own noun
        if word == "forecast" and i > 1 and toks[i - 2].text == "%":
            return False  # "the 7.3% growth forecast"
        if self.lang == "es" and word in ("cifra", "cifras") and i > 0 and (
                toks[i - 1].low in DETERMINERS or toks[i - 1].low in ("cuya", "cuyas", "esa",
                                                                      "esta", "dicha")
                or (i > 1 and toks[i - 2].low in DETERMINERS
                                                   and toks[i - 1].text.islower())):
            return False  # "la peor cifra desde que hay registros": a noun
        if self.lang == "es" and word.endswith(("ado", "ada", "ados", "adas", "ido", "ida")) \
                and i > 0 and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() \
                and toks[i - 1].low not in AUXILIARIES and toks[i - 1].low not in (
                    "lo", "se", "le", "les", "fue", "fueron", "sido", "según"):
            return False  # "el incendio declarado el 5 de agosto": an adjective
        if word in WORD_RULES:  # (the rules below are each about one of these words)
            if word == "briefed" and i + 1 < len(toks) and toks[i + 1].low == "by" and i > 0 \
                    and toks[i - 1].text.isalpha() and toks[i - 1].text.islower():
                return False  # "Lee, a lawmaker briefed by the NIS, told …": a participle
            if word in ("registered", "confirmed", "reported") and i + 1 < len(toks) \
                    and toks[i + 1].text.isalpha() and toks[i + 1].text.islower() \
                    and toks[i + 1].low.endswith("s") and toks[i + 1].low not in ("this", "his",
                                                                                "its", "was") \
                    and i > 0 and toks[i - 1].text.islower():
                return False  # "43% among registered voters", "new confirmed cases": an adjective
            if word in RECORDED_TO and i + 1 < len(toks) and toks[i + 1].low == "to" and i > 0 \
                    and toks[i - 1].text.islower() and toks[i - 1].low.endswith("s"):
                return False  # "cholera cases reported to the WHO": a participle
            if word == "states" and i + 1 < len(toks) and toks[i + 1].low != "that" \
                    and not toks[i + 1].low[:1].isdigit():
                return False  # "the nine nuclear-armed states together held": a noun
            if word == "state" and i + 1 < len(toks) and toks[i + 1].low in ("'s", "’s"):
                return False  # "Rio Grande do Sul state's civil defence agency said"
            if word == "state" and i + 1 < len(toks) and toks[i + 1].text.isalpha() and (
                    toks[i + 1].low != "that"
                    or (i > 0 and toks[i - 1].low in self.cues.relay.lasts)):
                return False  # "state news agency IRNA", "citing state Chief Secretary X"
            if word == "state" and i > 1 and toks[i - 2].low == "the" \
                    and is_demonym(toks[i - 1].text):
                return False  # "to overthrow the German state,": a country
            if word == "forecast" and i > 0 and toks[i - 1].low not in DETERMINERS and (
                    i + 1 >= len(toks) or toks[i + 1].text in BOUNDARY
                    or toks[i + 1].low in ("that", "on", "in", "this", "last", "earlier")):
                return True  # "…, the Office for Budget Responsibility forecast on Wednesday"
            if word in ("forecast", "predicted", "estimated") and i > 0 \
                    and toks[i - 1].low in ("he", "she", "they", "it") and i + 1 < len(toks) \
                    and toks[i + 1].low not in ("that", "to", "by"):
                return True  # "He forecast a return to growth of 1.1% in 2025"
            if word in ("expects", "expected") and i > 0 and (
                    (toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha())
                    or toks[i - 1].text == ",") and any(t.low == "to" for t in toks[i + 1:i + 8]):
                return True  # "The UN expects the global total to hit 9.7 billion"
            if word in ("forecast", "forecasts", "expects") and i > 0 and (
                    (toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha()
                     and toks[i - 1].low not in timing.MONTHS)
                    or is_business(toks[i - 1].low)
                    or self.aliases.anaphora.get(toks[i - 1].low) == "org") and any(
                    t.low[:1].isdigit() or t.text[:1] in "$€£" for t in toks[i + 1:i + 9]) \
                    and not any(t.low in CLOSING_SAID for t in toks[i + 1:]):
                return True  # "Nvidia forecast third-quarter revenue of $16 billion", "the
                # drugmaker forecast vaccine sales of $13.5 billion": its own outlook
            if word in ("expected", "expects", "expect", "forecast"):
                # only what a poll expects: "Economists polled by Reuters had expected 7.8%"
                return any(t.low in ("polled", "surveyed") for t in toks[max(0, i - 8):i])
            if word in ("ruled", "rules"):
                return i + 1 >= len(toks) or toks[i + 1].text in BOUNDARY or toks[i + 1].low in (
                    "that", "on", "at", "in", "this", "last", "earlier")  # not "ruled Syria"
            if word in ("found", "finds", "find"):
                # "the survey found that …", "researchers found 30% …"; not "rescuers found the
                # wreckage after a search lasting 15 hours"
                return i + 1 >= len(toks) or toks[i + 1].text in BOUNDARY \
                    or toks[i + 1].low in ("that", "in", "on", "last", "this") or any(
                        t.low[:1].isdigit() or t.low in NUMBER_LEADS for t in toks[i + 1:i + 5])
            if word in ("gave", "gives"):
                return any(t.low in GIVEN_FIGURES for t in toks[i + 1:i + 5]) or (
                    i + 2 < len(toks) and toks[i + 1].low in ("him", "her", "them", "it")
                    and toks[i + 2].low[:1].isdigit())  # "gave a toll of 61", "gave him 81.9%"
            if word in ("told", "tells"):
                to = next((m for m in range(i + 2, min(len(toks) - 1, i + 14))
                           if toks[m].low in ("to", "that") or toks[m].text in BOUNDARY), None)
                if to is not None and toks[to].low == "to" and toks[to + 1].text.islower() \
                        and any(t.low[:1].isdigit() for t in toks[i + 1:to]):
                    return False  # "has told about 1.1 million people in northern Gaza to
                    # relocate": an order to them, not words about them
        since = next((m for m in range(i - 1, max(0, i - 6), -1)
                      if toks[m].low in TIME_CLAUSE or toks[m].text in BOUNDARY), None) \
            if not TIME_CLAUSE.isdisjoint(self.vocab) else None
        if since is not None and toks[since].low in TIME_CLAUSE and (
                toks[since].low != "que" or toks[since - 1].low == "desde") \
                and all(t.text[:1].isupper() or t.low in DETERMINERS
                        or t.low in self.aliases.titles for t in toks[since + 1:i]):
            return False  # "desde que el Kremlin anunció la movilización", "since the Kremlin
            # announced …": when, not who says so
        if word == "putting" and i > 0 and toks[i - 1].text == ",":
            return False  # "…, said the General Staff, putting losses at …": the same speaker
        if word in MEASURING:
            return any(t.low in ("at", "en") for t in toks[i + 1:i + 15])
        if word in ("added", "adds", "add") and i + 1 < len(toks) and (
                toks[i + 1].low[:1].isdigit() or toks[i + 1].low in NUMBER_LEADS):
            return False  # "employers added 236,000 jobs": an amount added, not words
        if self.lang == "es" and i > 0 and (toks[i - 1].low == "se" or (
                i > 1 and toks[i - 2].low == "se" and toks[i - 1].low in AUXILIARIES)):
            return False  # "la tasa se situó en …", "se estima que …": no claimant
        clearly_a_verb = self.lang == "es" and word.endswith(("ó", "aron", "ieron", "aba", "ían"))
        if i > 0 and toks[i - 1].text.casefold() in DETERMINERS and not toks[i - 1].text.isupper() \
                and not clearly_a_verb and not (self.lang == "es" and toks[i - 1].low == "a"):
            return False  # "an estimated 4,700", "the report", "la cifra" (not "la estimó")
        if word in ("report", "estimate", "claim", "state", "estimates", "reports", "claims",
                    "states", "records", "documents", "projects", "shows", "finds") \
                and i > 0 and toks[i - 1].low in ("a", "the", "an", "this", "that", "its",
                                                   "their", "his", "her", "latest", "new", "own"):
            return False
        if word in ("documents", "reports", "estimates", "records", "claims", "notes", "states") \
                and i + 1 < len(toks) and toks[i + 1].text in (",", ")") \
                and (toks[i - 1].text.islower() or word == "states") \
                and not self._owned_tag(i):
            return False  # "citing leaked government documents,": a noun, with no object
        if word in NOUN_LIKE and i > 1 and toks[i - 2].low in self.cues.verbs \
                and toks[i - 1].text.islower() and toks[i - 1].text.isalpha():
            return False  # "puts pending claims at 30 billion": the object of a verb
        if word in NOUN_LIKE and i + 1 < len(toks) \
                and toks[i + 1].low in ("was", "were", "is", "are", "be", "been") \
                and i > 0 and toks[i - 1].low not in PRONOUNS:
            return False  # "the central cost estimate was around €9.5 billion": a noun (not
            # "1.7 million it estimates are undocumented")
        if word in NOUN_LIKE and i + 2 < len(toks) and toks[i + 1].low == "of" and (
                toks[i + 2].low[:1].isdigit() or toks[i + 2].low in NUMBER_LEADS):
            return False  # "its own February estimate of 7.3%"
        if word in NOUN_LIKE and ((i > 0 and (toks[i - 1].low in PREPOSITIONS
                                              or toks[i - 1].low in ("below", "above", "than")))
                                  or (i + 1 < len(toks) and toks[i + 1].low in ("by", "from"))):
            return False  # "the hottest day in records going back to 1940", "a figure well
            # below estimates by U.S. officials"
        if word in NOUN_LIKE:
            b = i - 1
            while b > i - 5 and b > 0 and toks[b].text.isalpha() \
                    and toks[b].low not in DETERMINERS and toks[b].low not in POSSESSIVES:
                b -= 1  # ("in its annual Global Trends report")
            if b > 0 and b < i - 1 and (toks[b].low in DETERMINERS or toks[b].low in POSSESSIVES) \
                    and (toks[b - 1].low in PREPOSITIONS or toks[b - 1].low in CITING
                         or toks[b - 1].low in ("since", "than", "like") or (
                             toks[b - 1].low == "to" and b > 1
                             and toks[b - 2].low == "according")):
                return False  # "in its latest situation report", "as per the annual report",
                # "citing a confidential Ukrainian estimate"
            if b > 0 and toks[b].low in ("'s", "’s") and self.lang == "en" and b < i - 1 \
                    and all(t.text.islower() for t in toks[b + 1:i]) and not self._owned_tag(i) \
                    and not (word.endswith("s") and i + 1 < len(toks) and (
                        toks[i + 1].low[:1].isdigit() or toks[i + 1].low in NUMBER_LEADS)):
                # (but a tag: "…, Colombia's military estimates."; or a figure right after it:
                # "Britain's defence ministry estimates about 450,000 …")
                return False  # "the FBI's annual crime report": whose report (not "Ukraine's
                # General Staff claims")
        return True

    def _verb_cue(self, v: int) -> Cue | None:
        toks = self.toks
        hit = match_before(toks, v, ASIDES)
        aside = hit[0] if hit else 0
        if aside > 0:
            # "El portal Idealista, por su parte, sitúa …": the subject before the aside
            cue = self._verb_cue_at(aside, v)
            if cue is not None:
                return cue
        return self._verb_cue_at(v, v)

    def _verb_cue_at(self, v: int, verb: int) -> Cue | None:
        """The cue of the verb at ``verb`` whose subject ends before token ``v``."""
        cue = self._subject_cue(v)
        if cue is not None and v != verb:
            cue.at, cue.end = verb, max(cue.end, verb + 1)
        return cue

    def _subject_cue(self, v: int) -> Cue | None:
        toks = self.toks
        if self.lang == "es" and 0 < v < len(toks) - 1 and toks[v - 1].text == "," \
                and toks[v + 1].text == ",":
            # "una cifra que, advirtió, podría ser muy superior": the speaker of the sentence
            speaker = self._speaker()
            return Cue("verb", v, v + 1, speaker, np_start=v, np_end=v) if speaker else None
        if toks[v].low in PARTICIPLES_OF_SAYING and v > 0 and toks[v - 1].low == "without":
            return None  # "…, without saying whether a ransom had been paid"
        if toks[v].low in PARTICIPLES_OF_SAYING and v > 0 and toks[v - 1].text == ",":
            # "…, the IPCC warned on Monday, saying emissions must fall …": whoever the
            # sentence has speaking, else the subject of its clause (never what follows)
            if any(c.kind == "verb" and c.name is not None for c in self.found_so_far):
                return None  # (the verb before speaks for what follows, with its relays)
            subject = self._clause_subject(v - 1)
            return Cue("verb", v, v + 1, subject[0], np_start=subject[1],
                       np_end=subject[2]) if subject is not None else None
        if v > 1 and toks[v].low in RESPONDENTS_SAY and (
                toks[v - 1].text == "%" or toks[v - 1].low in ("percent", "cent")) \
                and self.memory.claimed is not None and not self.found_so_far:
            # "Only 10% said they were more excited": those polled, in the poll just cited
            return Cue("verb", v, v + 1, self.memory.claimed, np_start=v, np_end=v)
        k = self._anonymity_clause(v)
        if k is not None:  # "a security official who asked not to be named told Reuters"
            s, e = self.np_before(k)
            name = self.name(s, e) if s < e and not match_before(toks, s, self.cues.relay) \
                and not (toks[s].low in self.cues.relay.firsts
                         and match_at(toks, s, self.cues.relay)) \
                else None  # (not "X, citando a funcionarios que pidieron el anonimato, informó",
            # nor "Geo News, citing an official who asked not to be named, reported")
            if name is not None:  # (all of it is who speaks: "an official who asked …")
                whole = self.text_of(s, v).rstrip(" ,")
                return Cue("verb", v, v + 1, replace(
                    name, named=False, text=whole, canonical=self.aliases.clean(whole)
                    if self.lang == "en" else name.canonical), np_start=s, np_end=v)
                # ("a resident who asked not to be named": so the English sets write it whole)
        s, e = self.np_before(v)
        if self.lang == "en" and e - s == 1 \
                and toks[s].low in ("colleagues", "team", "co-authors") \
                and s >= 3 and toks[s - 1].low in ("his", "her", "their") \
                and toks[s - 2].low == "and":
            s2, e2 = self.np_before(s - 2)
            if s2 < e2 and toks[e2 - 1].text[:1].isupper():
                s, e = s2, e2  # "Banach and his colleagues wrote": the researcher
        if self.lang == "en" and e - s >= 4 and toks[e - 1].low == "and" \
                and toks[e - 2].text[:1].isupper():
            # "Taiwan's defence ministry thanked Washington and said …": the subject of the
            # verb the name after it is the object of
            verb = next((m for m in range(s + 1, e - 2) if toks[m].text.islower()
                         and toks[m].low.endswith("ed") and toks[m - 1].low not in DETERMINERS
                         and toks[m + 1].text[:1].isupper()), None)
            if verb is not None:
                s, e = self.np_before(verb)
        if self.lang == "es" and 0 < s < e and toks[0].low in ("en", "a") and v <= 8 and any(
                t.text[:1].isdigit() for t in toks[1:v]) and all(t.text != "," for t in toks[1:v]):
            # "En 2.100 millones cifró la Auditoría … las irregularidades": the figure first,
            # the speaker right after its verb
            a, b = self.np_after(self._skip_after_verb(v + 1))
            name = self.name(a, b) if a < b and (toks[a].low in ("el", "la", "los", "las")
                                                 or toks[a].text[:1].isupper()) else None
            if name is not None:
                return Cue("verb", v, b, name, np_start=a, np_end=b)
        if self.lang == "en" and s + 1 == e and s > 1 and toks[s - 1].low == "who" \
                and toks[s].low.endswith("ed"):
            s2 = self.np_before(s - 1)[0]
            if s2 < s - 1 and toks[s2].low in ("a", "an"):
                # "a teacher who escaped told reporters": the one described, as written
                name = self.name(s2, e)
                if name is not None:
                    return Cue("verb", v, v + 1, name, np_start=s2, np_end=e)
        if self.lang == "es" and v > 0 and toks[v - 1].text == "," and (
                v + 1 >= len(toks) or toks[v + 1].text in (".", ";")):
            earlier = self._speaker() or self.memory.claimed  # "Unas 25 personas siguen
            # desaparecidas, añadieron.":
            if earlier is not None:  # the speaker of the sentence before, its subject dropped
                return Cue("verb", v, v + 1, earlier, np_start=v, np_end=v)
        if v > 0 and toks[v - 1].text == "," and v + 1 < len(toks) and self.lang == "es":
            k = self._previous_comma(v)
            if k > 0:  # "El secretario …, Lloyd Austin, anunció"
                cue = self._role_then_name_cue(*self.np_before(k), k, v)
                if cue is not None:
                    return cue
            inverted = self._inverted(v)  # "…, informó en un comunicado la Red de Médicos"
            if inverted is not None:
                return inverted
        if s == e and e > 0 and toks[e - 1].low in RELATIVES and e > 1 \
                and toks[e - 2].text == ",":
            earlier = [c for c in self.found_so_far if c.np_end <= e - 2 and c.name]
            if earlier and self.lang == "en" and earlier[-1].end < e - 4 and toks[e - 3].low in (
                    "officials", "authorities", "experts", "analysts") and any(
                    t.low in ("by", "from") for t in toks[e - 6:e - 3]):
                earlier = []  # "…, a figure well below estimates by U.S. officials, who have
                # put …": those officials
            cited = self._cited_before(e - 2) if earlier and earlier[-1].kind == "verb" \
                and earlier[-1].at < e - 2 else None
            if cited is not None:
                # "the Times of Israel reported, citing army spokesman Daniel Hagari, who also
                # told reporters that …": the one cited, through whoever cited them
                return Cue("verb", v, v + 1, cited, np_start=e - 1, np_end=e,
                           outer=earlier[-1].name, claims_from=e - 1)
            if earlier:  # "según el Ministerio, que cifra en un millón …"
                return Cue("verb", v, v + 1, earlier[-1].name, np_start=e - 1, np_end=e)
            s2, e2 = self.np_before(e - 2)
            name = self.name(s2, e2) if s2 < e2 else None
            if name is not None:  # "The company, which says it employs 120,000 people"
                return Cue("verb", v, v + 1, name, np_start=s2, np_end=e)
        if s == e and e > 1 and toks[e - 1].text == "," and self.lang != "es" \
                and toks[v].low in ("said", "says", "added", "stated") \
                and (toks[e - 2].text.islower() or toks[e - 2].low in DAYS) \
                and self._inverted_name(v):
            cue = self._inverted(v)  # "…, one of the highest tolls, said Ukraine's General Staff"
            b = self.np_after(v + 1)[1]
            aside = next((m for m in range(e - 2, 0, -1) if toks[m].text == ","), 0)
            if cue is not None and (b >= len(toks) or toks[b].text in BOUNDARY
                                    or toks[b].low in ("in", "on", "at", "late", "earlier")) \
                    and not any(toks[m].low in RELATIVES and toks[m - 1].low != "of"
                                for m in range(max(aside, 1), e)):  # ("99% of which …")
                return cue  # (not "X, a rights group, said RSF fighters had …", nor "X, who
                # attended the briefing, said Y expected …")
        if s == e and e > 0 and toks[e - 1].text == "," and not (
                self.lang == "en" and toks[v].low in ("says", "said") and self._inverted_name(v)
                and ((b := self.np_after(v + 1)[1]) >= len(toks) or toks[b].text in (".", ";"))):
            # (not "…, down from 21.6 million in 2023, says UN.": a tag that closes the
            # sentence names who speaks after its verb)
            cue = self._around_commas(e)
            if cue is not None:
                cue.at, cue.end = v, v + 1
                return cue
        if s > 1 and s < e and toks[s - 1].low in ("por", "by") and toks[s - 2].low in \
                self.cues.cited_by.firsts and match_at(toks, s - 2, self.cues.cited_by):
            # "fuentes de la Cancillería citadas por el diario Excélsior aseguraron"
            start = self.np_before(s - 2)[0]
            name = self.name(s, e) if start < s - 2 else None
            if name is not None:
                cue = Cue("verb", v, v + 1, name, np_start=start, np_end=e)
                self._cited_subject(cue)
                return cue
        if 1 < s < e and (toks[s - 1].low in REPORT_LINKS or toks[s - 1].low[:1].isdigit()
                          or toks[s - 1].low in QUANTIFIERS):
            cue = self._report_subject(s, e, v)
            if cue is not None:
                return cue
        if s < e and s > 0 and toks[s - 1].low in PREPOSITIONS:
            return None  # "said in comments reported on …": not a subject
        if s == e and e > 0 and toks[e - 1].low in ("y", "and", "e", "aunque", "pero", "but"):
            earlier = [c for c in self.found_so_far if c.kind == "verb" and c.name is not None]
            subject = self._clause_subject(e - 1) if self._tells_that(v) or (
                self.lang == "en" and v + 1 < len(toks) and toks[v + 1].low[:1].isdigit()) \
                else None  # ("… called the findings an indictment and said 1.1 million …")
            if subject is not None and not (earlier and earlier[-1].at > subject[1]):
                # "El Banco … recortó la tasa … y advirtió que …", "…, mientras que el Gobierno
                # israelí rechaza el informe y asegura que …": the subject of its clause
                return Cue("verb", v, v + 1, subject[0], np_start=subject[1], np_end=subject[2],
                           claims_from=e - 1)
            if earlier:  # "Shoigú precisó que … y cifró en 5.937 …": the same speaker, to
                # the same outlet ("told Al-Hadath that … and put the damage at …")
                return Cue("verb", v, v + 1, earlier[-1].name, np_start=e, np_end=e,
                           relays=list(earlier[-1].relays), outer=earlier[-1].outer)
        if s == e and e > 0 and toks[e - 1].low in PRONOUNS:
            kind = PRONOUNS[toks[e - 1].low]
            here = [c.name for c in self.found_so_far if c.name is not None and c.name.named and (
                kind == "group" or (kind == "person") == looks_person(c.name))]
            # ("The Bank of Ghana has said it expects …": the subject of this sentence)
            opening = self._opening_name(e - 1) if not here and e > 1 and toks[e - 2].text == "," \
                and kind != "group" else None
            if opening is not None and (kind == "person") == looks_person(opening) and (
                    opening.kind is not None or kind == "person"
                    or opening.canonical.split()[-1].casefold() in IT_HEADS):
                here = [opening]  # "Dubai airport … diverted 45 flights, it said": its subject
            owner = next((k for k in range(1, min(4, e - 1)) if toks[k].low in ("'s", "’s")),
                         None) if not here and kind == "org" and toks[0].low == "the" else None
            if owner is not None and all(t.text.islower() for t in toks[1:owner]) \
                    and self.aliases.anaphora.get(toks[owner - 1].low) == "org":
                found = self.name(0, owner)
                if found is not None and found.named and not looks_person(found):
                    here = [found]  # "The central bank's reserves stood at $154.5 billion, it
                    # said": the bank the sentence opens with
            if not here and kind == "org" and e > 2 and self.lang == "en" and (
                    toks[e - 2].low in ("which", "that") or toks[e - 2].low[:1].isdigit() or (
                        toks[e - 2].text.isalpha() and toks[e - 2].text.islower()
                        and toks[e - 2].low not in self.stop
                        and any(t.low[:1].isdigit() for t in toks[max(0, e - 4):e - 1]))):
                # ("including 1.7 million it estimates are undocumented")
                subject = self._clause_subject(e - 2)
                if subject is not None and not looks_person(subject[0]) and subject[0].named:
                    # "The Department of Water blamed the plant, which it said was running at
                    # less than 40%": the subject of the clause, for what the clause says
                    m = e - 2 - 2 * (toks[e - 2].low in ("which", "that")
                                     and toks[e - 3].text == ",")
                    while m > 0 and toks[m - 1].text not in BOUNDARY:
                        m -= 1  # (from the noun phrase the clause describes)
                    return Cue("verb", v, v + 1, subject[0], np_start=e - 1, np_end=e,
                               claims_from=m)
            earlier = here[-1] if here else (self.memory.recall(kind) or (
                self.memory.mentioned(kind, self) if kind == "person" else None))
            # ("Minister Luis Caputo hailed the figures. He added that …": the person
            # mentioned, when no one named has spoken)
            if earlier is not None:  # "He said …", "It added …"
                return Cue("verb", v, v + 1, earlier, np_start=e - 1, np_end=e)
        if s == e and self.lang == "es" and all(
                t.low in self.cues.skip or t.text in (",",) or t.low in SPANISH_LINKS
                for t in toks[:v]) and not self._inverted_name(v):
            earlier = self.memory.recall("group")
            if earlier is not None:  # "Añadió que …": the subject is the last claimant
                return Cue("verb", v, v + 1, earlier, np_start=v, np_end=v)
        name = self.name(s, e) if s < e else None
        if name is not None:
            relative = self.lang == "en" and s > 1 and toks[s - 1].low in ("that", "which") \
                and toks[s - 2].text.isalpha() and toks[s - 2].text.islower() \
                and toks[s - 2].low not in self.cues.verbs and toks[s - 2].low not in self.stop \
                and not any(t.low[:1].isdigit() for t in toks[max(0, s - 6):s - 1])
            # ("Nearly 200 countries agreed … in a deal that summit president X said would keep
            # …": a clause on the deal claims only what it says; but "the 600 a day that aid
            # agencies say are needed" is theirs)
            cue = Cue("verb", v, v + 1, name, np_start=s, np_end=e,
                      claims_from=s if relative or self._contact_clause_at(s) else 0)
            self._cited_subject(cue)  # (a clause "a move the Treasury said …" claims only
            return cue  # what it says)
        if toks[v].low in MEASURING and self.lang == "en" and v > 0 \
                and toks[v - 1].text not in (",", '"', "”"):
            return None  # "preliminary estimates put the damage at …": what is put, not who
        # inverted: "…, said Budanov." / "says NIS" / "…, informó el fiscal general, Andrí Kostin"
        if v > 0 and (toks[v - 1].text in (",", '"', "”", "’", "'", "»", "“") or s == e) and not (
                s == e and toks[e - 1].low in ("that", "which", "who") and self.lang == "en"):
            return self._inverted(v)  # (not "a watchdog that has documented abuses")
        if v == 0 and self.lang == "es":
            return self._inverted(v)  # "Aseguró este martes la presidenta de la FEHM, …, que"
        return None

    def _report_subject(self, s: int, e: int, v: int) -> Cue | None:
        """The author of a report that is the subject of the verb at ``v``, when the noun
        phrase ``[s, e)`` before the verb only says what the report is by, of or based on."""
        toks = self.toks
        if s > 3 and (based := match_before(toks, s, self.cues.based_on)) \
                and toks[based[0] - 1].low in REPORT_NOUNS:
            a = self.np_before(based[0])[0]
            name = self.name(a, based[0]) if a < based[0] else None
            if name is not None and name.named:
                # "An AFP tally based on official Israeli figures puts …": the tally's author,
                # on that basis
                return Cue("verb", v, v + 1, replace(name, basis=self.text_of(s, e)),
                           np_start=a, np_end=e)
        m = s - 1
        while m > 0 and (toks[m].low[:1].isdigit() or toks[m].low in QUANTIFIERS):
            m -= 1
        if m > 1 and toks[m].low in ("of", "de") and toks[m - 1].low in REPORT_NOUNS:
            a = self.np_before(m)[0]
            name = self.name(a, m) if a < m - 1 else None
            if name is not None and name.named:
                # "A RAND Corporation survey of about 2,300 US teachers found", "A Reuters
                # poll of economists showed": its author's
                return Cue("verb", v, v + 1, name, np_start=a, np_end=e)
        if toks[s - 1].low not in ("by", "from", "de", "del"):
            return None
        m = s - 2
        while m > 1 and self.lang == "en" and m > s - 6 and (
                toks[m].low in LAST_PERIODS or toks[m].low in ("last", "this", "on", "earlier")
                or toks[m].low in DAYS):
            m -= 1  # "A survey published last month by …"
        report = m - 1 if m <= s - 2 and (toks[m].low in PUBLISHED or toks[m].low in CONDUCTED) \
            and m > 0 and toks[m - 1].low in REPORT_NOUNS else s - 2
        if toks[report].low in REPORT_NOUNS and (report <= 1
                                                 or toks[report - 1].low in DETERMINERS):
            # ("Exit polls conducted by Edison Research showed …")
            end = e - 1 if toks[e - 1].low in PUBLISHED and e - 1 > s else e
            name = self.name(s, end)  # "A report by the UN human rights office released on
            if name is not None and name.named:  # Tuesday found that …": its author's
                return Cue("verb", v, v + 1, name, np_start=s - 2, np_end=end)
        return None

    def _tells_that(self, v: int) -> bool:
        """Whether the verb at ``v`` reports a clause ("advirtió que", "warned on Monday that")
        or puts a figure on something ("cifró sus costes en unos 500 millones")."""
        toks = self.toks
        for m in range(v + 1, min(len(toks), v + 10)):
            if toks[m].low in ("que", "that") and m < v + 8:
                return True
            if m == v + 1 and self.lang == "en" and m < (b := self.np_after(m)[1]) < len(toks) \
                    and toks[b].low in CLAUSE_VERBS:
                return True  # "… and said the state would spend": no "that"
            if toks[m].low in ("en", "a") and self.lang == "es" and m + 1 < len(toks) and (
                    toks[m + 1].low[:1].isdigit() or (m + 2 < len(toks)
                                                      and toks[m + 1].low in QUANTIFIERS
                                                      and toks[m + 2].low[:1].isdigit())):
                return True  # "y cifró sus costes en unos 500 millones"
            if toks[m].text in BOUNDARY or toks[m].text[:1].isdigit():
                return False
        return False

    def _clause_subject(self, k: int) -> tuple[Name, int, int] | None:
        """The named subject opening the clause that token ``k`` is in, when a verb follows it
        right away ("El Banco de la República recortó …", "el Gobierno israelí rechaza …", "Los
        sindicatos CCOO y UGT valoraron …"): (name, start, end)."""
        toks = self.toks
        start = 0
        for m in range(k - 1, 0, -1):
            if toks[m].text == ";" or (toks[m].low == "que" and toks[m - 1].low == "mientras") \
                    or toks[m].low in ("while", "whereas"):
                start = m + 1
                break
        a = start + (toks[start].low in DETERMINERS) if start < k else start
        if a >= k or ((toks[a].low in self.stop or toks[a].low in PREPOSITIONS)
                      and not toks[a].text.isupper()):
            return None  # ("Al menos 40 …", not "WHO Director-General …")
        b = a
        while b < k and b - a < 3 and toks[b].text.islower() and toks[b].text.isalpha() \
                and toks[b].low not in CONNECTORS:
            b += 1  # "Los sindicatos CCOO …", "The central bank"
        if b > a and not toks[b].text[:1].isupper():
            heads = [m for m in range(a, b) if self.aliases.anaphora.get(toks[m].low)]
            b = heads[-1] + 1 if heads else a  # "The weather agency issued …"
        described = b > a
        while b < k and (toks[b].text[:1].isupper() or (
                toks[b].low in NAME_JOINERS and b + 1 < k and (
                    toks[b + 1].text[:1].isupper() or toks[b + 1].low in ARTICLES)) or (
                b > a and not toks[b - 1].ws and toks[b].text == "-")):  # ("Director-General")
            b += 1
        if b > a and b + 2 < k and toks[b].low in ("'s", "’s") and not described:
            heads = [c for c in range(b + 1, min(k, b + 4))
                     if all(t.text.islower() and t.text.isalpha() for t in toks[b + 1:c + 1])
                     and self.aliases.anaphora.get(toks[c].low) is not None]
            if heads:
                b = heads[-1] + 1  # "Italy's health ministry"
            elif toks[b + 1].text[:1].isupper() and toks[b + 1].text.isalpha():
                b += 1  # "Kenya's Red Cross"
                while b < k and toks[b].text[:1].isupper():
                    b += 1
        close = _closing(toks, b) if b < k and toks[b].text == "(" else None
        if close is not None:
            b = close + 1  # "La Agencia Estatal de Meteorología (Aemet)"
        while b + 1 < k and toks[b].text.islower() and self.lang == "es" \
                and toks[b].low.endswith(SPANISH_DEMONYM_ENDINGS) and toks[b + 1].text.islower():
            b += 1  # "el Gobierno israelí"
        if b == a or b >= k or (described and not toks[b - 1].text[:1].isupper()
                                and self.aliases.anaphora.get(toks[b - 1].low) is None):
            return None
        name, end = self._with_apposition(start, b)
        if end > b and end < k and toks[end].text == ",":
            end += 1  # "El ministro de Economía, Luis Caputo, celebró …"
        elif end + 1 < k and toks[end].text == "," and toks[end + 1].low in RELATIVES:
            end = next((m + 1 for m in range(end + 2, k) if toks[m].text == ","), k)
            # ("Labour Minister Yolanda Díaz, who is also deputy prime minister, hailed …")
        if end >= k or not toks[end].text.isalpha() or not toks[end].text.islower() \
                or toks[end].low in CONNECTORS or toks[end].low in PREPOSITIONS \
                or toks[end].low in DETERMINERS:
            return None  # the clause's verb must follow its subject
        return (name, start, end) if name is not None else None

    def _quoted_as(self, q: int) -> Cue | None:
        """ "Interfax quoted the defence ministry as saying …" and "the ministry was quoted by
        TASS as saying …": the one quoted is the claimant, the outlet its relay."""
        toks = self.toks
        as_at = next((m for m in range(q + 1, min(len(toks) - 1, q + 14))
                      if toks[m].low == "as" and toks[m + 1].low in ("saying", "telling",
                                                                    "stating")), None)
        if as_at is None:
            return None
        if q + 1 < len(toks) and toks[q + 1].low == "by" and q > 0 \
                and toks[q - 1].low in PASSIVE_BE:
            quoted, outlet = self.np_before(q - 1), (q + 2, as_at)
        elif as_at == q + 1 and as_at + 3 < len(toks) and toks[as_at + 2].low == "by" \
                and q > 0 and toks[q - 1].low in PASSIVE_BE:
            # "Obasanjo was quoted as saying by the Financial Times"
            quoted, outlet = self.np_before(q - 1), self.np_after(as_at + 3)
        else:
            quoted, outlet = (q + 1, as_at), self.np_before(q)
        name, by = self.name(*quoted), self.name(*outlet)
        if name is None and quoted[0] == quoted[1] and q > 1 and toks[q - 2].text == ",":
            apposed = self._around_commas(q - 1)  # "the AU's envoy, Olusegun Obasanjo, was …"
            if apposed is not None:
                name, quoted = apposed.name, (apposed.np_start, apposed.np_end)
        if name is None or by is None:
            return None
        return Cue("verb", as_at + 1, as_at + 2, name, relays=[by], np_start=quoted[0],
                   np_end=quoted[1], outer=by)

    def _anonymity_clause(self, v: int) -> int | None:
        """Where "who asked not to be named" (and the like) starts, when it ends right before
        the verb at ``v``: the speaker is the noun phrase before it."""
        if ANONYMITY_OPENERS.isdisjoint(self.vocab):
            return None
        toks = self.toks
        for k in range(v - 2, max(0, v - 14), -1):
            if toks[k].low in ANONYMITY_OPENERS and ANONYMITY.match(
                    self.text_of(k, v).rstrip(" ,")):
                return k
        return None

    def _anonymity_after(self, k: int) -> int | None:
        """Where "who asked not to be named" (and the like) ends, when it starts at token
        ``k``, right after the noun phrase it describes; None when no such clause is there."""
        toks = self.toks
        if k >= len(toks) or (toks[k].low not in ("who", "que", "quien")
                              and toks[k].low not in ANONYMOUS_SPEAKING):
            return None
        end = next((m for m in range(k, len(toks)) if toks[m].text in BOUNDARY), len(toks))
        return end if ANONYMITY.match(self.text_of(k, end)) else None

    def _inverted(self, v: int) -> Cue | None:
        """The claimant after its verb: "…, said Budanov", "…, aseguró este lunes en rueda de
        prensa la presidenta Claudia Sheinbaum", "…, dijo a Efe una fuente médica"; never what
        is owned ("… y estimó sus costes en unos 500 millones": the verb's object)."""
        cue = self._inverted_cue(v)
        if cue is not None and cue.name is not None and cue.name.text \
                and cue.name.text.split()[0].casefold() in ("su", "sus"):
            return None
        return cue

    def _inverted_cue(self, v: int) -> Cue | None:
        toks = self.toks
        if self.lang == "es" and v > 0 and toks[v - 1].text == "," and (
                v + 1 == len(toks) or toks[v + 1].text in (".", ";", "»", "”")):
            # "Otras 16 personas seguían desaparecidas, añadió.": the last claimant
            earlier = self.memory.recall("group")
            return Cue("verb", v, v + 1, earlier, np_start=v, np_end=v) if earlier else None
        a = self._skip_after_verb(v + 1)
        if any(t.low[:1].isdigit() for t in toks[v + 1:a]):
            return None  # "cifró en 5.937 los militares muertos": an object, not a subject
        audience = None
        if a < len(toks) and toks[a].low in ("a", "to", "ante", "al"):
            # "detalló a la prensa el vocero …": skip the audience; "dijo a la prensa que …"
            # then has no subject after the verb
            named = a + 1 < len(toks) and toks[a + 1].low in self.aliases.descriptors
            # ("al diario La Nación un alto funcionario": the outlet's name, then the speaker)
            nxt = next((m for m in range(a + 2, min(len(toks), a + 5 + named))
                        if (toks[m].low in SUBJECT_STARTS or toks[m].low in ("fuentes", "fuente"))
                        and not (named and toks[m].text[:1].isupper())), None)
            if nxt is None or toks[nxt - 1].low in ("de", "of"):
                return None  # ("acusó a la policía de un uso excesivo …": not a subject)
            audience = (a + 1, nxt)
            a = nxt
        a, b = self.np_after(a)
        if b + 1 < len(toks) and toks[b].low in ("en", "a") and any(
                t.low[:1].isdigit() for t in toks[b + 1:b + 5]):
            return None  # "situó el alza en el 85 %": an object, not a subject
        anonymous = self._anonymity_after(b)  # "…, dijo a la AFP un médico que pidió el
        # anonimato"
        closes = anonymous is not None or b >= len(toks) or toks[b].text in BOUNDARY \
            or toks[b].low in self.stop or (
            toks[b].low in self.cues.relay.firsts and bool(match_at(toks, b, self.cues.relay)))
        # ("…, informó la agencia Ukrinform citando a la Fuerza Aérea": the relay is attached
        # later)
        led = b + 1 < len(toks) and toks[b].low == "que" and toks[b + 1].low in LEADS
        # ("…, detalló la cartera que dirige Mónica García": who leads it, not what was said)
        if self.lang == "en" and b < len(toks) and toks[b].low in CLAUSE_VERBS:
            return None  # "… and said violators would be fined": the clause's subject
        if b <= a or not (closes or led) or toks[a].low in ("that", "it", "on", "in", "que") \
                or toks[a].low in CONNECTORS or toks[a].low in PREPOSITIONS \
                or (b < len(toks) and toks[b].low in ("que", "that") and not led
                    and anonymous is None and v > 0):  # ("Aseguró este martes la UNGRD que")
            return None  # "informó de que …", "aseguró en una entrevista que …": no subject
        name, end = self._with_apposition(a, b)
        if name is None:
            return None
        outlet = self.name(*audience) if audience is not None else None
        relays: list[Name] = []
        if outlet is not None and outlet.named and not name.named and (
                anonymous is not None or self.aliases.is_unnamed(name.text)):
            # "según han informado a Europa Press fuentes del Ministerio": the outlet's
            # claim, on an unnamed basis
            name = Name(text=outlet.text, canonical=outlet.canonical, kind=outlet.kind,
                        basis=self.text_of(a, anonymous or b))
        elif outlet is not None and outlet.named and name.named and looks_person(name) \
                and name_words(name.canonical.split()) and self._outlet_like(outlet.text.split()):
            relays = [outlet]  # "…, dijo a la AFP el gobernador Ahmed Harun": via the outlet
        cue = Cue("verb", v, end, name, np_start=a, np_end=end, relays=relays,
                  outer=relays[0] if relays else None)
        self._cited_by(cue)  # "…, informó el director, Carlos Carrillo, citado por El Tiempo"
        return cue

    def _skip_after_verb(self, k: int) -> int:
        """Skip a time ("este martes", "on Monday") and a short prepositional phrase ("en un
        comunicado", "a Efe", "to reporters") between a verb and its inverted subject."""
        toks = self.toks
        for _ in range(3):
            start = k
            while k < len(toks) and toks[k].low in AFTER_VERB_TIME and not (
                    toks[k].low in ("el", "la") and not (
                        k + 1 < len(toks) and toks[k + 1].low in WHEN_WORDS)):
                k += 1  # ("el lunes", but not "el ministerio")
            if k < len(toks) and toks[k].low in ("en", "a", "ante", "in", "to", "on") \
                    and k + 1 < len(toks) and toks[k + 1].low not in DETERMINERS - {
                        "su", "sus", "its", "their", "his", "her", "un", "una", "a", "an"}:
                j = k + 2 if toks[k + 1].low in SUBJECT_STARTS else k + 1
                while j < len(toks) and j - k <= 5 and toks[j].text not in BOUNDARY \
                        and toks[j].low not in SUBJECT_STARTS and toks[j].low not in ("que",
                                                                                   "that"):
                    j += 1  # (not past "que": "dijo en un comunicado que la paralización …")
                if (j < len(toks) and toks[j].low in SUBJECT_STARTS) \
                        or (j < len(toks) and toks[j].text[:1].isupper() and j > k + 1):
                    k = j
            if k == start:
                break
        return k

    def _with_apposition(self, a: int, b: int) -> tuple[Name | None, int]:
        """ "el gobernador regional, Oleh Sinegúbov": the name after the comma, the role
        before it."""
        toks = self.toks
        role = self.name(a, b)
        if role is not None and not role.named and b < len(toks) and toks[b].low == "who":
            comma = next((m for m in range(b + 1, min(len(toks), b + 8))
                          if not toks[m].text.isalpha() or not toks[m].text.islower()), None)
            if comma is not None and toks[comma].text == "," and comma + 1 < len(toks) \
                    and toks[comma + 1].text[:1].isupper():
                b = comma  # "a teacher who escaped, Sani Abdullahi, quoted by Reuters"
        if b + 1 < len(toks) and toks[b].text == ",":
            c, d = self.np_after(b + 1)
            if c < d and toks[c].low in DETERMINERS:
                c += 1  # "…, el Magen David Adom"
            while c < d - 1 and toks[c].text.islower() and toks[c].low in self.aliases.titles \
                    and (role is None or role.kind not in ("media", "org")):
                c += 1  # "…, el general Alexus Grynkewich" (not "Según Yonhap, el diputado …")
            ends = d >= len(toks) or toks[d].text in BOUNDARY
            role_text = self.aliases.clean(self.text_of(a, b))
            generic = role is None or self.aliases.anaphor_kind(role_text) is not None \
                or any(w.islower() and w.casefold() in self.aliases.descriptors
                       for w in role_text.split()[:3])
            if toks[c].low in ("de", "del", "of", "from", "in", "en"):
                return role, b  # "el diario La Prensa, de San Pedro Sula": where it is
            if (d > c + 1 or (d == c + 1 and generic)) and ends and all(
                    t.text[:1].isupper() or t.low in CONNECTORS or t.low in NAME_PARTICLES
                    for t in toks[c:d]) and self.text_of(c, d) not in countries():
                person = self.name(c, d)
                role_text = role.text if role is not None else self.text_of(a, b)
                if role is not None and self._office_of(role_text):
                    return role, d  # "la oficina del primer ministro israelí, Benjamín
                    # Netanyahu": the office speaks, the person names whose it is
                if person is not None and (role is not None or self.aliases.anaphor_kind(
                        role_text) is not None):
                    # "el gobernador regional, Oleh Sinegúbov"; "Según el presidente
                    # ucraniano, Volodímir Zelenski, …"
                    person.role = person.role or self.aliases.clean(role_text)
                    return person, d
        return role, b

    def _described_name(self, s: int, name: Name | None) -> tuple[Name | None, int]:
        """The name a description starting at token ``s`` is set off after by a comma
        ("Le Nouvelliste, the country's oldest newspaper"), with where it starts; else
        ``name`` and ``s`` unchanged."""
        toks = self.toks
        if s > 2 and toks[s - 1].text == "," and toks[s].low in ("the", "a", "an"):
            s0, e0 = self.np_before(s - 1)
            named = self.name(s0, e0) if s0 < e0 == s - 1 else None
            if named is not None and named.named:
                return named, s0
        return name, s

    def _inverted_name(self, v: int) -> bool:
        a, b = self.np_after(v + 1)
        if b > a + 1 and self.toks[a].low in ("the", "el", "la"):
            a += 1  # "…, said the Syrian Observatory"
        return b > a and self.toks[a].text[:1].isupper()

    def _around_commas(self, v: int) -> Cue | None:
        """ "X, citing Y, said" (a relay), "X, who …, said" and "X, head of Y, said"."""
        toks = self.toks
        k = self._previous_comma(v)
        if k <= 0:
            return None
        if self.lang == "en" and toks[k + 1].low not in ("who", "which"):
            # a relative clause with commas of its own: "Olaf Scholz, who had resisted
            # pressure from allies in Kyiv, Warsaw and the Baltic capitals, said"
            who = next((m for m in range(k - 1, max(0, v - 36), -1)
                        if toks[m].text in (".", ";") or (
                            toks[m].text == "," and toks[m + 1].low in ("who", "which"))), None)
            if who is not None and toks[who].text == "," and who > 0 \
                    and toks[who - 1].text[:1].isupper():
                k = who
        if self.lang == "en" and toks[k + 1].low in ("where", "which") and k > 2 \
                and toks[k - 1].text.islower():
            inner = self._around_commas(k + 1)  # "Valentyn Reznichenko, the governor of the
            # Dnipropetrovsk region, where a missile struck on Saturday, said"
            if inner is not None and inner.name is not None and looks_person(inner.name):
                inner.at, inner.end = v, v + 1
                return inner
        s, e = self.np_before(k)
        if s == e:
            return None
        if self.lang == "en" and e - s >= 2 and toks[e - 1].text.islower() \
                and self.aliases.anaphora.get(toks[e - 1].low) == "org" and k + 1 < v - 1 \
                and toks[v - 1].text == "," and all(
                    t.text[:1].isupper() and t.text.replace("-", "").isalpha()
                    for t in toks[k + 1:v - 1]):
            named = self.name(k + 1, v - 1)  # "The national grid operator, Ukrenergo, said":
            if named is not None and named.named and not looks_person(named):  # the name
                return Cue("verb", v, v + 1, named, np_start=s, np_end=v - 1)
        to = next((m for m in range(k + 3, v - 2) if toks[m].low == "to"), None) \
            if toks[k + 1].low in ANONYMOUS_SPEAKING else None
        if to is not None and ANONYMITY.match(self.text_of(k + 1, to)):
            outlet = self.name(to + 1, v - 1)
            speaker = self.name(s, e)
            if outlet is not None and outlet.named and speaker is not None \
                    and not speaker.named:
                # "Israeli officials, speaking on condition of anonymity to The Times of
                # Israel, said": the outlet's claim, on their word
                return Cue("verb", v, v + 1, replace(outlet, basis=speaker.text),
                           np_start=s, np_end=v - 1)
        also = k + 1 + (toks[k + 1].low in ("also", "again", "likewise"))  # "CCTV, also cited by"
        cited_by = match_at(toks, also, self.cues.cited_by)
        relay = self._relay_at(k + 1) if not cited_by else None  # (not "cited
        # by", which is also a relay's first word)
        if relay:
            end = min(self.np_after(relay[0])[1], v - 1)
            cited = self._report_owner(relay[0], end) or self.name(relay[0], end)
            name = self.name(s, e)
            if name is None or cited is None:
                return None
            if not name.named:
                name, s = self._described_name(s, name)  # "Le Nouvelliste, the country's
                # oldest newspaper, citing police sources, said": the name
            first = match_at(toks, s, self.cues.relay) if s > 1 and toks[s - 1].text == "," \
                else None
            if first:  # "Yonhap, citing lawmaker Han, who in turn cited the NIS, reported"
                s2, e2 = self.np_before(s - 1)
                subject, nearer = self.name(s2, e2), self.name(first[0], e)
                if subject is not None and nearer is not None:
                    return Cue("verb", v, v + 1, subject, relays=[nearer, cited], np_start=s2,
                               np_end=v - 1)
            return Cue("verb", v, v + 1, name, relays=[cited], np_start=s, np_end=v - 1)
        if toks[k + 1].low in ("who", "which", "quien", "que", "whose"):
            name = self.name(s, e)
            if name is not None and self.lang == "en" and toks[s].low == "the" \
                    and s + 1 < e and toks[s + 1].text.islower():
                name, s = self._described_name(s, name)  # "UnitedHealth Group, the largest
                # US health insurer, whose … unit was hit by an attack, said"
            return Cue("verb", v, v + 1, name, np_start=s, np_end=e) if name else None
        if cited_by:  # "la Fiscalía, citada por la emisora Caracol Radio, matizó": X via Y
            name, outlet = self.name(s, e), self.name(cited_by[0], v - 1)
            if name is None or outlet is None:
                return None
            if not name.named:  # "un oficial israelí, citado por Reuters, habló de …"
                return Cue("verb", v, v + 1, Name(text=outlet.text, canonical=outlet.canonical,
                                                  kind=outlet.kind, basis=name.text),
                           np_start=s, np_end=v - 1)
            return Cue("verb", v, v + 1, name, relays=[outlet], np_start=s, np_end=v - 1,
                       outer=outlet)  # X via Y
        if toks[k + 1].low == "speaking" and k + 3 < v and toks[k + 2].low in ("to", "with"):
            # "Governor Ahmed Musa, speaking to the BBC, said": the outlet spoken to relays
            name, outlet = self.name(s, e), self.name(*self.np_after(k + 3))
            if name is None:
                return None
            if outlet is not None and outlet.named and self._outlet_like(outlet.text.split()):
                return Cue("verb", v, v + 1, name, relays=[outlet], np_start=s, np_end=v - 1,
                           outer=outlet)
            return Cue("verb", v, v + 1, name, np_start=s, np_end=v - 1)
        if toks[k + 1].low in ("con", "based", "headquartered", "with") and e > s:
            # "La ONG Iran Human Rights, con sede en Oslo, afirmó": where it is, not who
            name = self.name(s, e)
            return Cue("verb", v, v + 1, name, np_start=s, np_end=v - 1) if name else None
        if self.lang == "en" and (toks[k + 1].low in PASSIVE_BE or toks[k + 1].low in (
                "have", "has", "had", "will", "would", "could", "may", "might")):
            return None  # a clause, not an apposition: "At least 61 migrants, including
            # women and children, are believed to have drowned …, says the IOM"
        # an appositive: one side names the claimant, the other gives the role
        cue = self._role_then_name_cue(s, e, k, v)
        if cue is not None:
            return cue
        first, second = self.name(s, e), self.name(k + 1, v - 1)
        if self.lang == "en" and toks[s].low == "the" and s + 1 < e \
                and toks[s + 1].text.islower() and toks[k + 1].low in ("the", "a", "an"):
            person, s0 = self._described_name(s, None)
            if person is not None and looks_person(person):
                # "Philippe Lazzarini, the commissioner-general of UNRWA, the UN agency that
                # runs schools …, said": the person, the role, then what the body is
                return Cue("verb", v, v + 1, replace(person, role=self.text_of(s, e)),
                           np_start=s0, np_end=v - 1)
        if first is None or second is None:
            return first and Cue("verb", v, v + 1, first, np_start=s, np_end=v - 1)
        pick = first
        opening = next((w for w in first.text.split() if w.casefold() not in DETERMINERS), "")
        if second.text.split()[0].casefold() in ("un", "una", "a", "an") \
                or self._office_of(first.text):
            pass  # "El Comité …, una organización con sede en Nueva York, …": a description;
            # "la Oficina del primer ministro, Benjamín Netanyahu, elevó …": the office's
        elif first.canonical in countries() and 2 <= len(second.canonical.split()) <= 4 \
                and name_words(second.canonical.split()):
            pick = second  # "the agency's representative in Chad, Laura Lo Castro, told"
        elif second.named and (second.canonical.isupper() or (
                toks[k + 1].low in ("the", "el", "la") and all(
                    w[:1].isupper() or w in CONNECTORS or w.startswith("(")
                    for w in second.text.split()[1:])) or (
                self.lang == "en" and second.text.endswith(")") and all(
                    w[:1].isupper() or w in CONNECTORS or w.startswith("(")
                    for w in second.text.split()))) and (
                _described(first.text) or (not first.named and first.text.split()[-1]
                                           .casefold() in self.aliases.anaphora)
                or (not first.named and second.text.endswith(")"))):
            pick = second  # "The electoral commission, CENI, said", "their union, the
            # International Association of Machinists (IAM), said", "Argentina's largest union
            # confederation, the CGT, said", "the military's media wing, Inter-Services Public
            # Relations (ISPR), said": the name it is given
        elif self.lang == "en" and toks[k + 1].text.islower() and toks[k + 1].text.isalpha() \
                and toks[k + 1].low not in DETERMINERS and looks_person(first):
            pass  # "Jean Kaseya, director general of the Africa CDC, told": a bare role
        elif opening.casefold() in self.aliases.titles and second.kind in (None, "person") and all(
                w[:1].isupper() or w in NAME_PARTICLES or w in ("de", "del")
                for w in second.canonical.split()):
            pick = second  # "El portavoz del Ministerio de Sanidad, Ashraf al Qudra, dijo"
        elif toks[k + 1].low in ("the", "a", "an") and first.named \
                and self.aliases.anaphor_kind(self.text_of(k + 1, v - 1)) is not None:
            pass  # "Codelco, the world's largest copper producer, expects …": what it is
        elif (second.kind is not None and first.kind is None) or (
                looks_person(second) and not looks_person(first)
                and (first.kind is None or first.role is not None)):
            pick = second  # ("El embajador iraní ante la ONU, Amir Saeid Iravani, afirmó")
        role = second.text if pick is first else first.text
        if pick.kind is None and role:
            pick = Name(text=pick.text, canonical=pick.canonical,
                        kind="person" if looks_person(pick) else None, named=pick.named,
                        role=self.aliases.clean(role))
        relies = next((m for m in range(k + 1, v - 2) if toks[m].low in RELIES
                       and toks[m + 1].low in ("on", "en")), None)
        if relies is not None and pick is first:
            # "the Syrian Observatory, a monitor that relies on a network of sources inside
            # the country, said": what it relies on is its basis
            pick = replace(pick, basis=self.text_of(relies + 2, v - 1))
        return Cue("verb", v, v + 1, pick, np_start=s, np_end=v - 1)

    def _previous_comma(self, v: int) -> int:
        """Where the comma before the one that ends at token ``v`` is (-1 when none)."""
        k = v - 2
        while k >= 0 and self.toks[k].text != ",":
            k -= 1
        return k

    def _role_then_name_cue(self, s: int, e: int, k: int, v: int) -> Cue | None:
        """The cue of the verb at ``v`` when tokens ``[s, e)`` give a role and those between
        the comma at ``k`` and the verb a name: "El presidente salvadoreño, Nayib Bukele,
        aseguró", "El embajador iraní ante la ONU, Amir Saeid Iravani, afirmó"."""
        if s == e or not self._role_then_name(s, e, k + 1, v - 1):
            return None
        if self._office_of(self.text_of(s, e)):
            office = self.name(s, e)  # "la Oficina del primer ministro, Benjamín Netanyahu,
            # elevó …": the office's
            return Cue("verb", v, v + 1, office, np_start=s, np_end=v - 1) if office else None
        second = self.name(k + 1, v - 1)
        if second is None:
            return None
        second.role = second.role or self.aliases.clean(self.text_of(s, e))
        return Cue("verb", v, v + 1, second, np_start=s, np_end=v - 1)

    def _office_of(self, text: str) -> bool:
        """Whether a phrase names an office by its holder's title ("la oficina del primer
        ministro", "the office of the president")."""
        words = [w.casefold() for w in self.aliases.clean(text).split()]
        return len(words) > 2 and self.aliases.anaphora.get(words[0]) == "org" \
            and words[1] in ("de", "del", "of") and any(w in self.aliases.titles
                                                         for w in words[2:])

    def _role_then_name(self, s: int, e: int, c: int, d: int) -> bool:
        """Whether tokens ``[s, e)`` give a role and ``[c, d)`` a person's proper name."""
        toks = self.toks
        words = [t for t in toks[c:d] if t.text not in ("(", ")", "-")]  # ("al-Ghaithi")
        if not 2 <= len(words) <= 5 or not all(
                t.text[:1].isupper() or t.low in NAME_PARTICLES or t.low in ("de", "del")
                for t in words) or self.text_of(c, d) in countries():
            return False
        heads = [t.low for t in toks[s:e] if t.low not in DETERMINERS][:3]
        return bool(self.aliases.anaphor_kind(self.text_of(s, e))) \
            or any(w in self.aliases.titles for w in heads) \
            or (s > 0 and toks[s - 1].low in ("ante", "de", "del", "en", "of", "to", "at"))

    def _phrase_end(self, e: int) -> int:
        """Where the phrase that tokens from ``e`` go on with ends: at the clause's next
        punctuation, before "as saying", a new clause or a figure; ``e`` when it does not go on
        with a preposition or participle ("from partners on the ground", "gathered by …")."""
        toks = self.toks
        if self.lang == "es":
            return e  # (a Spanish source's phrase, with its "de" complements, is read whole)
        if e >= len(toks) or not (toks[e].low in PREPOSITIONS or (
                toks[e].text.islower() and toks[e].low.endswith(PARTICIPLE_ENDS))):
            return e
        m = e
        while m < len(toks) and toks[m].text not in BOUNDARY and toks[m].text != "(" \
                and toks[m].low not in PHRASE_STOPS and not toks[m].low[:1].isdigit() \
                and not (toks[m].low in self.cues.verbs and toks[m].low not in NOUN_LIKE):
            m += 1
        return m if m - e <= 10 else e

    def _cited_before(self, end: int) -> Name | None:
        """The named one a "citing"/"quoting" cites in full just before token ``end``."""
        for k in self._candidates:
            if k >= end - 1:
                break
            if end - k > 12 or self.toks[k].low not in CITING:
                continue
            hit = self._relay_at(k)
            if hit is not None:
                s, e = self.np_after(hit[0])
                name = self.name(s, e) if e == end and s < e else None
                if name is not None and name.named:
                    return name
        return None

    def _relay_at(self, k: int) -> tuple[int, object] | None:
        """The relay phrase at token ``k`` ("citing", "que cita a"), its end past the adverbs
        after it ("que cita además a fuentes …")."""
        hit = match_at(self.toks, k, self.cues.relay)
        if hit is None:
            return None
        end = hit[0]
        while end + 1 < len(self.toks) and self.toks[end].low in ("además", "también", "also"):
            end += 1
            if self.toks[end].low == "a":
                end += 1
        return (end, hit[1])

    def _attach_relays(self, found: list[Cue]) -> None:
        """Preposed or trailing "citing Y" attaches to the nearest reporting verb."""
        toks = self.toks
        firsts = self.cues.relay.firsts
        if firsts.isdisjoint(self.vocab):
            return  # (most sentences cite no one)
        for i in self._candidates:  # (relay words are triggers)
            if toks[i].low not in firsts:
                continue
            hit = self._relay_at(i)
            if not hit or (i > 0 and toks[i - 1].text != "," and hit[0] - i < 2
                           and not (toks[i - 1].text[:1].isupper()
                                    and toks[i].low in ("citando", "citing"))):
                continue  # (but "la Cadena SER citando fuentes de …" after a name)
            s, e = self.np_after(hit[0])
            by = match_at(toks, e, self.cues.cited_by) if e > s and all(
                t.low in REPORT_NOUNS or t.low in DETERMINERS for t in toks[s:e]) else None
            if by:  # "citing figures compiled by the UN mission in the country, BINUH"
                s, e = self.np_after(by[0])
            elif e > s and e + 1 < len(toks) and toks[e].low in ("from", "of", "by") \
                    and toks[s].low in REPORT_NOUNS and toks[e + 1].text[:1].isupper() \
                    and toks[e - 1].low.endswith("ed") and all(
                    t.low in REPORT_NOUNS or t.low.endswith("ed") for t in toks[s:e]):
                s, e = self.np_after(e + 1)  # "citing data obtained from Ontario Health"
            name, e = self._with_apposition(s, e)
            owner = self._report_owner(s, e) if name is not None else None
            if owner is not None:
                name = owner  # "citando la Encuesta de Estructura Salarial del INE"
            if name is None:
                continue
            if not name.named and (end := self._anonymity_after(e)) is not None:
                # "citing a finance ministry official who asked not to be named": the basis
                # is all of it
                name = replace(name, text=self.text_of(s, end))
            elif not name.named and (end := self._phrase_end(e)) > e:
                # "citing reports from partners on the ground", "citing traders in Pyongyang":
                # the basis is all of the phrase
                name = replace(name, text=self.text_of(s, end))
            verbs = [c for c in found if (c.kind == "verb" or c.at < i) and not any(
                r.text == name.text for r in c.relays) and c.name is not name
                and not self._separated(c.at, i)]  # (not across "…, mientras que X, que cita …")
            if not verbs:
                continue
            trailing = i > 0 and toks[i - 1].text == "," and any(c.at < i for c in verbs)
            cue = max((c for c in verbs if c.at < i), key=lambda c: c.at) if trailing \
                else min(verbs, key=lambda c: abs(c.at - i))
            # ("the WHO put the toll at 1,294, citing provincial authorities, and said …":
            # a trailing "citing" goes with the verb before it)
            if abs(cue.at - i) < 25 and toks[hit[0] - 1].low in PICKED_UP and cue.outer \
                    is not None and self._is_outlet(name):
                cue.further.append(name)  # "…, citada por el diario La República, que a su vez
                continue  # recoge la agencia Reuters": Reuters picked it up, one hop further
            if abs(cue.at - i) < 25:
                hop = match_at(toks, e, self.cues.cited_by) if name.named else None
                nearer = self.name(*self.np_after(hop[0])) if hop else None
                if nearer is not None and nearer.named:
                    # "citing Russia's Defence Ministry as quoted by TASS", "citing a document
                    # from the Finance Ministry published by Interfax": one more hop
                    cue.relays.append(nearer)
                cue.relays.append(name)

    # -- attribution ---------------------------------------------------------------------------

    def attribute(self, figs: list[Found]) -> list[dict]:
        """For each figure: source, source_text, via, basis, hedge."""
        self._before = (self.memory.claimed, self.memory.claimed_via)  # ("en la misma
        # entrevista" goes on through its relays)
        found = self.find_cues()
        self.found = found
        for cue in found:
            for rel in cue.relays:
                if rel.named:
                    self.memory.remember(rel)
            if cue.name is not None:
                self.memory.remember(cue.name, cue.relays)
        if not found:  # narration: no one is credited
            self.background.update(f.i for f in figs if self._background(f, found))
            return [self._measured(f) or self._unclaimed(f) for f in figs]
        claims = [self._attribute_one(f, figs, found) for f in figs]
        for k in range(1, len(figs)):
            if figs[k - 1].j == figs[k].i - 1 and self.toks[figs[k].i - 1].text == "(":
                claims[k] = dict(claims[k - 1])  # "150 mph (241 kph)": the same figure converted
        self._respectively(figs, found, claims)
        return claims

    def _respectively(self, figs: list[Found], found: list[Cue], claims: list[dict]) -> None:
        """ "… at least 27 dead and more than 12,000 buildings destroyed, according to the
        coroner's office and Cal Fire, respectively": each figure to its own claimant, in
        order."""
        toks = self.toks
        for cue in found:
            end = cue.np_end + (cue.np_end < len(toks) and toks[cue.np_end].text == ",")
            if end >= len(toks) or toks[end].low not in ("respectively", "respectivamente") \
                    or cue.name is None:
                continue
            joins = [m for m in range(cue.np_start + 1, cue.np_end - 1)
                     if toks[m].low in ("and", "y", "e") and (
                         toks[m + 1].low in ARTICLES or toks[m - 1].text.islower())]
            mine = [k for k, f in enumerate(figs) if f.j <= cue.at and claims[k]["source"]
                    and claims[k]["source_text"] == cue.name.text]
            if not joins or len(mine) != 2:
                continue
            first, second = self.name(cue.np_start, joins[0]), \
                self.name(joins[0] + 1 + (toks[joins[0] + 1].low in ARTICLES), cue.np_end)
            if first is None or second is None:
                continue
            for k, name in zip(mine, (first, second), strict=True):
                claims[k] = dict(claims[k], source=name.canonical, source_text=name.text)

    def _unclaimed(self, fig: Found) -> dict:
        """The attribution of a figure no one is credited with (its hedge only)."""
        return {"source": None, "source_text": None, "via": [], "basis": None,
                "hedge": self._hedge(fig), "role": None}

    def _attribute_one(self, fig: Found, figs: list[Found], found: list[Cue]) -> dict:
        toks = self.toks
        measured = self._measured(fig)
        if measured is not None:
            return measured
        if self._background(fig, found) or self._quake_named(fig):
            self.background.add(fig.i)
            return self._unclaimed(fig)
        credited = self._credited_after(fig)
        if credited is not None:  # "frente a las 23 muertes reconocidas por las autoridades"
            out = self._unclaimed(fig)
            out["source"], out["source_text"] = credited.canonical, credited.text
            out["role"] = credited.role
            return out
        polled = self._polled_after(fig)
        if polled is not None:  # "the 185,000 that economists polled by Reuters had forecast"
            out = self._unclaimed(fig)
            out["source"], out["source_text"] = polled[0].canonical, polled[0].text
            out["basis"] = polled[1]
            return out
        pos = fig.i
        verbs = [c for c in found if c.kind == "verb" and not (c.np_start <= pos < c.np_end)]
        pps = [c for c in found if c.kind == "pp" and not any(
            v.np_start <= c.at < v.np_end and v.outer is not None for v in verbs)]
        expected = self._expected_by(fig)
        if expected is not None:
            data = next((c for c in pps if expected <= c.at <= expected + 1
                         and c.name is not None and c.name.named), None)
            if data is not None:  # "… the $12.61 billion analysts expected, according to
                out = self._unclaimed(fig)  # Refinitiv data": the data's
                out["source"], out["source_text"] = data.name.canonical, data.name.text
                return out
        later = [e for g in figs if g.i > fig.i and (e := self._expected_by(g)) is not None]
        if later:
            # nor is a company's own figure before "the $12.61 billion analysts expected,
            # according to LSEG data" the data firm's
            pps = [c for c in pps if not any(e <= c.at <= e + 1 for e in later)]
        # (not the "cited by" inside a subject: "HUR data cited by the Kyiv Independent showed")
        pp = self._nearest_pp(fig, figs, pps)
        verb = self._governing_verb(fig, verbs)
        finder_relay: Name | None = None
        if verb is not None and verb.at < fig.i and (toks[verb.at].low in RECORDED or (
                toks[verb.at].low in ("reported", "reports", "confirmed", "posted", "found",
                                      "showed", "shows")
                and verb.name is not None and (verb.name.canonical in countries()
                                               or self._place_like(verb.name)
                                               or (toks[verb.at].low in ("found", "showed")
                                                   and verb.name.text.split()[-1].casefold()
                                                   in REPORT_NOUNS)))
                or (toks[verb.at].low in ("counted", "tallied") and verb.name is not None
                    and (verb.name.canonical in countries() or self._place_like(verb.name)
                         or (not verb.name.named
                             and self.aliases.is_unnamed(verb.name.text))))):
            # "The DRC has recorded 15,600 cases, the WHO said", "Pakistan has reported 20
            # cases, the polio centre said", "the county's latest count found 16,385 people
            # …, the homelessness authority said", "Volunteers counted 4,821 people …, the
            # association said": who says so
            tag = self._closing_tag(fig, verbs, found)
            if tag is not None and tag.name is not None and verb.name is not None \
                    and verb.name.named and verb.name.canonical not in countries() \
                    and self._is_outlet(tag.name):
                finder_relay = tag.name  # "Indepaz also recorded 93 massacres, the paper said":
                # the body's count, passed on by the outlet
            else:
                verb = tag or verb
        elif verb is not None and verb.at < fig.i and toks[verb.at].low in ("raised", "raises"):
            tag = self._closing_tag(fig, verbs, found)
            if tag is not None and tag.name is not None and (self._is_outlet(tag.name) or (
                    tag.name.named and looks_person(tag.name) and not any(
                        t.low in OUTLOOKS for t in toks[verb.at + 1:verb.at + 4]))):
                verb = tag  # "Shein has raised about $2 billion …, the Wall Street Journal
                # reported": the outlet's news of the deal; "Berkshire has raised its stakes to
                # 7.4%, Warren Buffett told the Nikkei": who says so (not a raised forecast)
        if verb is not None and verb.at < fig.i and toks[verb.at].low in RATE_VERBS \
                and toks[verb.at].low not in ("raised", "raises", "elevó") \
                and self._rate_decision(verb.at):  # ("raised" keeps its bank: the gold sets)
            verb = self._closing_tag(fig, verbs, found) or verb  # "The bank cut its rate by 25
            # basis points to 6.25%, Governor Sanjay Malhotra said": who says so
        out = self._unclaimed(fig)
        chain: list[Name] = []
        if verb is not None and pp is not None and verb.name is not None and (
                verb.name.canonical in countries() or (
                    pp.name is not None and len(verb.name.canonical.split()) == 1
                    and verb.name.canonical in pp.name.canonical.split()[:2])):
            verb = None  # "México registró 29.675 homicidios, de acuerdo con cifras del …",
            # "Shanghai reported 4,269 cases, according to the Shanghai Municipal Health …"
        if verb is not None and pp is not None and verb.at < fig.i and fig.j <= pp.at and any(
                toks[k].low in ("and", "y") and toks[k - 1].text == ","
                for k in range(verb.at + 1, fig.i)):
            verb = None  # "…, Cal Fire said, and at least 10 people have died, according to
            # the county medical examiner": a new clause, claimed by what closes it
        if verb is not None and pp is not None and pp.end <= fig.i \
                and not verb.np_start <= pp.at < verb.at and any(
                g.j <= pp.at and not any(g.j <= c.at < pp.at for c in found) for g in figs):
            pp = None  # "…, según la Oficina de la ONU, cuyo portavoz añadió que 45 …": the
            # "según" closes the figures before it
        if verb is not None and pp is not None and verb.at < pp.at and any(
                toks[k].low in PLACE_RELATIVES and toks[k - 1].text == ","
                for k in range(verb.at + 1, min(pp.at, fig.i) + 1)):
            verb = None  # "La OMS declaró la emergencia en África, donde según los CDC se han
            # notificado 17.000 casos": the "según" of the relative clause claims it
        relay_tag = None
        if verb is not None and pp is not None and verb.at < fig.i and fig.j <= pp.at \
                and (toks[verb.at].low in FINDING or toks[verb.at].low in REGISTERED
                     or toks[verb.at].low in COUNTS) \
                and verb.name is not None and verb.name.named \
                and verb.name.canonical not in countries() and pp.name is not None \
                and pp.name.named and pp.outer is None and self._data_passed_on(pp):
            finder_relay, pp = pp.name, None  # "the Congolese health ministry has recorded
            # 15,600 cases, according to figures cited by the WHO": the ministry's, via the WHO
        if verb is not None and pp is not None and verb.at < fig.i and fig.j <= pp.at \
                and toks[verb.at].low in FINDING and pp.name is not None and pp.name.named \
                and not self._is_outlet(pp.name) \
                and not any(fig.j <= c.at < pp.at for c in found if c is not pp):
            verb = None  # "Houston police recorded 296 homicides, according to figures
            # released by the Houston Police Department": who says so
        if verb is not None and pp is not None and fig.j <= pp.at < verb.at:
            if verb.name is not None and pp.name is not None and pp.name.named \
                    and self._is_outlet(verb.name) \
                    and toks[min(verb.at, verb.np_start) - 1].text == "," \
                    and not any(pp.at < f.i < verb.at for f in figs):
                relay_tag = verb.name  # "…, according to the Ombudsman's Office, the
                # newspaper El Espectador reported": the outlet relays it
            verb = None  # "…, según la Fuerza Aérea, cuyo portavoz, Yuri Ignat, explicó …"
        if verb is not None and pp is not None and verb.name is not None and any(
                w.casefold() in REPORT_NOUNS for w in verb.name.text.split()[:3]):
            verb = None  # "La Encuesta … situó el paro en el 12 %, según publicó el INE"
        if verb is not None and pp is not None and verb.name is not None and verb.name.named \
                and pp.name is not None and self._authorless_report(pp.name.text):
            if pp.outer is not None:  # "…, according to a filing with the Hong Kong stock
                finder_relay = pp.outer  # exchange cited by the South China Morning Post"
            pp = None  # "El Ministerio notificó 38.000 casos, de acuerdo con el último Boletín
            # Epidemiológico": the speaker's own report
        if verb is not None and pp is not None and pp.carried and verb.at < fig.i \
                and fig.j <= pp.at and verb.name is not None and pp.name is not None \
                and pp.name.named and not pp.further and not pp.relays \
                and self._is_outlet(pp.name):
            finder_relay, pp = pp.name, None  # "the health ministry said …, according to a
            # statement carried by state broadcaster MRTV": the speaker's statement, relayed
        if verb is not None and pp is not None and verb.name is not None and pp.name is not None \
                and fig.j <= pp.at and pp.name.named and not verb.name.named \
                and not self.aliases.is_unnamed(verb.name.text):
            verb = None  # "Las autoridades polacas elevan la cifra a 1,2 millones, según la
            # Guardia de Fronteras": the named source's figure
        if verb is not None and pp is not None and verb.at < fig.i and fig.j <= pp.at \
                and self.lang == "en" and self._as_clause(verb.at, fig.i):
            verb = None  # "The bank raised its rate, as inflation reached 8.6%, according to
            # Rosstat": the clause "as" opens is the source's
        elif verb is not None and pp is not None and verb.at < fig.i and fig.j <= pp.at \
                and self.lang == "en" and (self._as_clause(fig.j, pp.at) or (
                    verb.np_start > 1 and toks[verb.np_start - 1].low in ("which", "that")
                    and toks[verb.np_start - 2].text == ","
                    and any(toks[m].text == "," for m in range(fig.j, pp.at - 1)))):
            pp = None  # (and the figure before that clause is not relayed by it, nor one
            # inside a relative clause closed before it)
        # a trailing count of its own ("según un recuento de Reuters"): its author's figure
        tally = verb is not None and pp is not None and pp.name is not None \
            and fig.j <= pp.at and self._own_tally(pp)
        if tally and verb is not None and verb.name is not None \
                and not any(fig.j <= f.i < pp.at for f in figs):
            verb = None  # "X anunció …, con lo que ya serían 21, según un recuento de Reuters"
        if verb is not None and pp is None and fig.j <= verb.at:
            pp = self._trailing_pp(verb, figs, pps)  # "…, the ministry said, according to Yonhap"
        late = self._after_outer(verb, figs, pps) if verb is not None and fig.j <= verb.at \
            else None
        if verb is not None and verb.name is not None:
            # (an outer speaker relays only when named: "…, though officials warned …")
            # (a clause "a move the Treasury said …" is its subject's own: no outer speaker)
            outer = [] if self._contact_clause(verb) else self._outer_verbs(fig, verb, verbs, figs)
            # "…, dijo X, citado por El Tiempo", "X told the Times of India …, Reuters
            # reported": who heard the speaker comes before who passed it on
            chain = [verb.name, *([verb.outer, *verb.further] if verb.outer is not None
                                  else []), *(n for n in outer if n.named)]
            if finder_relay is not None and all(n.canonical != finder_relay.canonical
                                                for n in chain):
                chain.append(finder_relay)
            if late is not None:
                chain.append(late)
            carrier = self._figure_carried_by(fig)
            if carrier is not None and all(n.canonical != carrier.canonical for n in chain):
                chain.append(carrier)
            if pp is not None and pp.name is not None and pp.outer is not None and (
                    pp.name.canonical == verb.name.canonical
                    or self.aliases.anaphor_kind(pp.name.text) is not None):
                chain.extend([pp.outer, *pp.further])  # "El Tribunal Supremo ha confirmado …,
                # según la sentencia difundida por el CGPJ": the court's, via the CGPJ
            elif pp is not None and pp.name is not None \
                    and pp.name.canonical != verb.name.canonical and not tally:
                own = pp.np_start < len(toks) and toks[pp.np_start].low in OWN \
                    and pp.np_start > verb.at and (self.lang == "en" or any(
                        t.low in REPORT_NOUNS for t in toks[pp.np_start + 1:pp.np_start + 3]))
                # ("El FMI prevé …, según su último informe": its own report)
                if not pp.name.named and (own or self.aliases.is_unnamed(pp.name.text)):
                    out["basis"] = pp.name.text  # "X, según sus propias fuentes, eleva …"
                elif own and pp.at > verb.at:
                    pass  # "X estimated …, according to its monitoring system, MoMo": its own
                elif toks[pp.at].low in CITING:
                    chain.insert(0, pp.name)  # "X said, citing figures from Y": Y's, via X
                elif pp.name.named and pp.at > verb.at and self._relative_between(
                        verb.at, fig.i, pp.at) and not self._outlet_like(pp.name.text.split()):
                    # "Johnson told the Tribune he would not raise property taxes, which account
                    # for about 20% of revenue, according to the Civic Federation": the
                    # relative clause's figure is the body's, not a relay of the speaker
                    chain = [pp.name, *([pp.outer, *pp.further] if pp.outer else [])]
                    verb = None  # (nor go the speaker's relays with it)
                elif pp.name.named:
                    # X estimated …, according to Y: Y relays X (and what Y cited first: "según
                    # informó Europa Press citando a la agencia TASS")
                    if pp.at > verb.at:
                        chain.extend(r for r in pp.relays if r.named and r is not pp.outer)
                    chain.append(pp.name)
                    if pp.outer is not None:
                        chain.append(pp.outer)  # "…, según la televisión MRTV, citada por …"
                        chain.extend(pp.further)
            if len(chain) > 1:  # (once each: a relay named twice)
                chain = [n for k, n in enumerate(chain)
                         if not any(m.canonical == n.canonical for m in chain[:k])]
            relays = [r for r in verb.relays if r is not verb.outer] if verb is not None else []
        elif pp is not None and pp.name is not None and self._same_outlet is not None \
                and self._same_outlet[1][-1].canonical == pp.name.canonical and not pp.outer \
                and not pp.name.basis:
            chain = [self._same_outlet[0], *self._same_outlet[1]]  # "…, según el mismo diario"
            relays = []
        elif pp is not None and pp.name is not None:
            chain = [pp.name, *([pp.outer, *pp.further] if pp.outer else [])]
            cited = next((c for c in pps if c.at == pp.end + 1 and toks[pp.end].text == ","
                          and toks[c.at].low in CITING and c.name is not None
                          and c.name.named), None)
            if cited is not None and not pp.outer:
                chain.insert(0, cited.name)  # "according to OCHA, citing figures from the
                # disaster agency": the agency's, via OCHA
            if relay_tag is not None and all(n.canonical != relay_tag.canonical for n in chain):
                chain.append(relay_tag)
            relays = [r for r in pp.relays if r is not pp.outer]
        else:
            return out
        for rel in relays:
            if not self._could_be_source(rel.text):
                continue  # a reason given: "citing a resilient U.S. economy"
            if (rel.named and not self._demonym_group(rel)) or self._one_body(rel.text) or (
                    rel.text and self.aliases.anaphor_kind(rel.text) == "org"
                    and len(rel.text.split()) > 2):
                # X citing named Y (or "citando a la junta militar birmana", "citing the
                # junta's information team"): Y is the claimant, X relays
                chain.insert(0, rel)
            else:
                out["basis"] = rel.text
        claimant = chain[0]
        if claimant.basis:
            out["basis"] = claimant.basis
        if claimant.kind == "self":
            return out
        if (not claimant.named or self._demonym_group(claimant)) and claimant.text \
                and self.aliases.is_unnamed(claimant.text) and len(chain) > 1:
            # ("Western officials estimate …, the BBC reported": the outlet's, on their word)
            out["basis"] = claimant.text
            chain = chain[1:]
            claimant = chain[0]
        if len(chain) > 1 and not claimant.named and claimant.text and claimant.text.split()[
                -1].casefold() in SPEAKING_DATA:
            chain = chain[1:]  # "Focus Ireland said the numbers showed …": whoever read them
            claimant = chain[0]
        if claimant.same and len(chain) == 1:
            chain.extend(self.memory.claimed_via)  # "Según la misma fuente, …"
        elif len(chain) == 1 and self._before[0] is not None and self._before[1] \
                and self._before[0].canonical == claimant.canonical \
                and not SAME_INTERVIEW.isdisjoint(self.vocab) and not MISMO.isdisjoint(self.vocab):
            chain.extend(self._before[1])  # "Hamad añadió en la misma entrevista que …"
        claimant = self._in_full(claimant)
        out["source"], out["source_text"] = claimant.canonical, claimant.text
        self.memory.claimed, self.memory.claimed_via = claimant, chain[1:]
        self.memory.claimed_basis = out["basis"]
        out["role"] = claimant.role
        out["via"] = [n.canonical for n in chain[1:]]
        return out

    def _in_full(self, name: Name) -> Name:
        """ "Exxon said" after "Exxon Mobil agreed to buy …": a company's short name, in full as
        a sentence before opened with it."""
        word = name.canonical
        if self.text is None or self.lang != "en" or name.text != word or " " in word \
                or not word.isalpha() or not word[:1].isupper() or name.kind == "person" \
                or word in countries() or is_demonym(word) \
                or self.aliases.by_alias.get(self.aliases.key(word)) is not None:
            return name
        m = re.search(rf"(?:^|(?<=[.!?] )){re.escape(word)}((?: [A-Z][A-Za-z&.'-]*){{1,2}})"
                      rf"(?= [a-z])",
                      self.text[:self.toks[-1].end])
        if m is None or any(w.casefold() in self.aliases.titles or w.casefold() in timing.MONTHS
                            or w.casefold() in timing.WEEKDAYS or w in countries()
                            for w in m.group(1).split()):
            return name
        return replace(name, canonical=word + m.group(1))

    def _one_body(self, text: str) -> bool:
        """ "the interior ministry", "the state prosecutor's office": one institution, though
        not named in full (not a group of unnamed people)."""
        words = text.split()
        return (text.casefold().startswith("the ") and ("'s " in text or "’s " in text)) or (
            len(words) in (3, 4) and words[0] in ("the", "el", "la")
            and all(w.islower() for w in words) and (
                self.aliases.anaphora.get(words[-1]) == "org"
                or (words[0] != "the" and self.aliases.anaphora.get(words[1]) == "media")))
        # ("la televisión estatal iraní": a broadcaster, its adjectives after it)

    def _could_be_source(self, text: str) -> bool:
        """Whether what is cited can be who a claim rests on ("military sources", "local
        authorities"), not a reason given ("citing a shortage of security staff", "citing weak
        demand")."""
        return REASONS.isdisjoint(text.casefold().split()[:3])

    def _demonym_group(self, name: Name) -> bool:
        """ "Taiwanese security officials": people named only by where they are from."""
        words = name.text.split()
        return len(words) > 1 and name.kind is None \
            and words[-1].casefold() in self.aliases.groups \
            and all(w.islower() or is_demonym(w) for w in words)

    def _measured(self, fig: Found) -> dict | None:
        """The claim of a figure measured or put at by someone: "measured at magnitude 6.8 by
        the USGS", "put at 40,000 by the UN"; None for any other."""
        toks = self.toks
        after = fig.j
        if after + 1 < len(toks) and toks[after + 1].low in FORECAST \
                and toks[after].text.isalpha() and toks[after].text.islower():
            after += 1  # "the 1.5% rate forecast by the Bank of Canada"
        if after >= len(toks) or (toks[after].low != "by" and toks[after].low not in FORECAST):
            return None
        by = after + (toks[after].low in FORECAST)
        if toks[after].low in FORECAST and by + 3 < len(toks) and toks[by].low == "in" \
                and toks[by + 1].low in ("a", "an", "the"):
            poll = next((m for m in range(by + 3, min(len(toks), by + 6))
                         if toks[m].low == "poll"), None)
            pollster = self.name(by + 2, poll) if poll is not None else None
            if pollster is not None and pollster.named:
                # "the 7.3% growth forecast in a Reuters poll of economists": the pollster's
                out = self._unclaimed(fig)
                end = self.np_after(poll + 2)[1] if toks[poll + 1].low == "of" else poll + 1
                out["source"], out["source_text"] = pollster.canonical, pollster.text
                out["basis"] = self.text_of(poll, end)
                return out
        if by + 1 >= len(toks) or toks[by].low != "by" or not (by > fig.j or any(
                ((toks[m].low in MEASURED and toks[m + 1].low == "at")
                 or (toks[m].low == "credited" and toks[m + 1].low == "with")) and (
                    m > fig.i - 4 or toks[fig.i - 1].low == "at")  # ("… and at 7.4 by Y")
                for m in range(max(0, fig.i - 12), fig.i - 1))):
            return None
        s, e = self.np_after(by + 1)
        name = self.name(s, e)
        if name is None:
            return None
        basis = None
        poll = next((m for m in range(e + 2, min(len(toks), e + 6)) if toks[m].low == "poll"),
                    None) if e + 1 < len(toks) and toks[e].low == "in" else None
        if poll is not None and toks[e + 1].low in ("a", "an", "the") \
                and (pollster := self.name(e + 2, poll)) is not None:
            # "the 20,000 forecast by economists in a Reuters poll": the pollster's
            name, basis = pollster, self.text_of(s, poll + 1)
        polled = match_at(toks, e, self.cues.cited_by) if e < len(toks) else None
        if polled and (not name.named or toks[s].low in self.aliases.groups):
            # "the 239,000 forecast by economists polled by Reuters": the poll's
            outlet = self.name(*self.np_after(polled[0]))
            if outlet is not None:
                name, basis = outlet, self.text_of(s, e + 1)
        elif toks[s].low in FORECASTERS and e + 3 < len(toks) and toks[e].text == "," \
                and (hit := match_at(toks, e + 1, self.cues.before)) is not None:
            consensus = self.name(*self.np_after(hit[0]))  # "the 8.8 trillion won forecast by
            if consensus is not None and consensus.named:  # analysts, according to LSEG"
                name, basis = consensus, self.text_of(s, e)
        out = self._unclaimed(fig)
        out["source"], out["source_text"], out["role"] = name.canonical, name.text, name.role
        out["basis"] = basis
        return out

    def _authorless_report(self, text: str) -> bool:
        """ "el último Boletín Epidemiológico Nacional", "its latest report": a report named
        without an author."""
        words = [w for w in text.split() if w.casefold() not in DETERMINERS
                 and w.casefold() not in REPORT_ADJECTIVES]
        return bool(words) and words[0].casefold() in REPORT_NOUNS and not any(
            w.casefold() in ("de", "del", "of", "by", "from") for w in words)

    def _background(self, fig: Found, found: list[Cue]) -> bool:
        """Whether a figure sits in an aside the journalist adds about something named: a
        relative clause between a subject and its verb ("Sinwar, que había pasado 22 años en
        cárceles israelíes, era …") or a place described in apposition ("Vovchansk, una ciudad
        situada a 5 kilómetros de la frontera"), with no cue of its own and not right before the
        cue that would claim it ("…, en el que murieron 1.200 personas, según el recuento")."""
        toks = self.toks
        if self._setting(fig):
            return True
        k = fig.i - 1
        while k > 0 and toks[k].text not in BOUNDARY:
            k -= 1
        if k <= 0 or toks[k].text != ",":
            return False
        start = k + 1
        first = toks[start].low
        if first in ("de", "of") and start + 1 < fig.i and toks[start + 1].low in (
                "los", "las", "which", "whom"):
            return False  # "…, de los que 33.000 millones serán préstamos": part of the claim
        relative = first in RELATIVE_OPENERS or (
            first in RELATIVE_PREPOSITIONS and start + 1 < fig.i and (
                toks[start + 1].low in RELATIVE_AFTER or (
                    toks[start + 1].low in ARTICLES and start + 2 < fig.i
                    and toks[start + 2].low in RELATIVE_AFTER)))
        place = first in ("un", "una", "a", "an") and start + 1 < fig.i \
            and toks[start + 1].low in PLACE_NOUNS
        if not (relative or place):
            return False
        end = next((m for m in range(fig.j, len(toks)) if toks[m].text in BOUNDARY), len(toks))
        if any(start <= c.at < end for c in found):
            return False  # "…, que según la ONU acoge a 30.000 refugiados"
        if end < len(toks) and toks[end].text == "," and end + 1 < len(toks) and any(
                (end < c.at <= end + 2 or (c.kind == "verb" and c.np_start == end + 1
                                           and c.at > c.np_start and relative
                                           and fig.kind != "measure" and not any(
                                               toks[m].low in HAS_VERBS
                                               or toks[m].low == "shelters"
                                               for m in range(start, fig.i))))
                and not (c.kind == "verb" and c.np_start < start)
                for c in found):
            return False  # the aside closes right before the cue that claims it (not the verb
            # of the subject it describes: "The city council of Mariupol, a port …, said"),
            # or before the speaker of its tag (", where 610 people were killed, the provincial
            # information department said"; not what a place is: "which shelters 500,000")
        if place:
            return True
        # a relative clause in the past is an aside when the cue that would claim it comes
        # after it ("que ha concedido protección a 190.000 ucranianos" is today's figure)
        closes = end < len(toks) and toks[end].text == "," and not any(c.at < start for c in found)
        has = first in ("which", "que") and any(toks[m].low in HAS_VERBS
                                                for m in range(start + 1, fig.i)) \
            and not any(toks[m].low in ("margin", "margen") for m in range(start + 1, fig.i))
        # (a poll's margin of error is the pollster's: "which has a margin of error of 2%")
        if has and (end >= len(toks) - 1 or toks[end].text in (".", ";")) \
                and any(c.np_end == start - 1 for c in found):
            return True  # "…, precisó la compañía, que cuenta con unas 5.800 tiendas.": what
            # the claimant just named is (not "…, including Chad, which hosts 1.2 million")
        if self.lang == "en" and first in ("which", "where") and (
                end >= len(toks) - 1 or toks[end].text in (".", ";")) \
                and start + 1 < fig.i and toks[start + 1].low in PLACE_VERBS:
            return True  # "…, in the town of 2,600 people, which lies some 100 miles south of
            # Oklahoma City.": where a place is, the journalist's
        if closes and self.lang == "en" and first in ("which", "whose", "who") \
                and toks[start - 2].low not in REPORT_NOUNS and end + 1 < len(toks) and (
                    any(c.kind == "verb" and c.np_start < start and end < c.at <= end + 3
                        for c in found)
                    or (toks[start - 2].text[:1].isupper() and toks[end + 1].text.isalpha()
                        and toks[end + 1].text.islower()
                        and toks[end + 1].low not in PREPOSITIONS
                        and toks[end + 1].low not in ("as", "and", "but", "while", "or"))):
            return True  # what a clause between a subject and its verb says of the subject:
            # "Eskom, which supplies about 90% of South Africa's electricity, said …",
            # "Hurricane Ian, which made landfall with winds of 150 mph, left …" (not "The
            # report, which relied on interviews with 157 witnesses, said": how the report was
            # made is the report's; nor "Saudi Arabia, which shipped 7.82 million tonnes, as
            # China's top supplier, the data showed")
        return closes and (any(_past(toks[m].low) for m in range(start, end)) or (
            # "Axel Rudakubana, who murdered three girls in July, must serve …"
            first == "who" and toks[start + 1].low.endswith("ed")) or has)
        # ("The Histadrut, which has some 800,000 members, called …": what the body is)

    def _quake_named(self, fig: Found) -> bool:
        """Whether a magnitude only names the quake a sentence is about ("the death toll from
        Friday's magnitude 6.8 earthquake", "tras el sismo de magnitud 7,1"): the figure the
        sentence reports is another one; also "el terremoto de magnitud 6,8 que sacudió …"."""
        if QUAKE_WORDS.isdisjoint(self.vocab):
            return False
        toks = self.toks
        if fig.i >= 1 and fig.j < len(toks) and toks[fig.i].low in ("magnitud", "magnitude") \
                and toks[fig.i - 1].low in ("de", "of") and toks[fig.j].low in ("que", "that"):
            return True
        k = fig.j
        while k < len(toks) and k < fig.j + 3 and toks[k].low in ("-", "magnitude", "magnitud"):
            k += 1
        if k >= len(toks) or toks[k].low not in QUAKES:
            return False
        return any(t.low in ("from", "of", "'s", "after", "tras", "por", "del") or (
            t.low == "de" and toks[m + 1].low not in ("magnitud",))
            for m, t in enumerate(toks[max(0, fig.i - 4):fig.i], start=max(0, fig.i - 4)))

    def _listed(self, k: int) -> bool:
        """Whether the name ending at token ``k`` follows "and" in a list whose noun is left
        out ("El PSOE obtuvo 121 diputados y Sumar, 31,"): its figure is not an age."""
        toks = self.toks
        while k > 0 and toks[k].text[:1].isupper():
            k -= 1
        return toks[k].low in ("and", "y", "e")

    def _setting(self, fig: Found) -> bool:
        """Whether a figure places the story: a population ("una localidad de unos 100.000
        habitantes", "the country of 1.4 billion people") or a distance from a place ("a unos 30
        kilómetros al noroeste de la capital", "about 1,000 km south of Moscow")."""
        toks, i = self.toks, fig.i
        before = toks[i - 1].low if i > 0 else ""
        after = toks[fig.j].low if fig.j < len(toks) else ""
        obj = fig.object.casefold() if fig.object else ""
        if after in INHABITANTS:
            obj = after  # ("the island nation of 22 million people struggles")
        if after in NEEDED and before in ("the", "los", "las", "el", "la"):
            return True  # "short of the 272 needed for a majority", "los 270 necesarios"
        if after in ("long", "wide", "tall") and self.lang == "en" and fig.unit is not None \
                and not (fig.j + 1 < len(toks) and toks[fig.j + 1].text == "-"):
            return True  # "the container ship Dali, nearly 300 metres long": what a thing is
        kind = fig.kind
        if kind == "duration":
            if after in RECORD_WORDS or (
                    before in ("in", "en") and i > 1 and toks[i - 2].low in LEVEL_WORDS):
                return True  # "a 24-year high", "its highest level in nearly 28 years"
            if before in ("the", "its", "his", "her", "their", "'s", "’s") \
                    and any(t.text == "-" for t in toks[i:fig.j]):
                return True  # "the two-year war", "his five-year term", "Ethiopia's two-year
                # war": what names a thing
            if before in ("a", "an") and any(t.text == "-" for t in toks[i:fig.j]) and i > 2 \
                    and (toks[i - 2].low == "ending" or (toks[i - 2].low == "of"
                                                         and toks[i - 3].low == "end")):
                return True  # "ending a nine-year mission", "the end of an 11-week blockade"
            if after in ("ago", "later") or before == "hace" or (
                    after in ("después", "antes") and fig.j + 1 < len(toks)
                    and toks[fig.j + 1].low in ("de", "del")):
                return True  # "five years ago", "hace cinco años", "tres años después del …"
            if before == "the" and after == "since":
                return True  # "in the two years since war broke out"
            if after == "in" and fig.j + 1 < len(toks) and toks[fig.j + 1].low in ("power",
                                                                                   "office"):
                return True  # "after 15 years in power"
        elif kind == "age":
            if (before == "," or (before == "de" and i > 1 and toks[i - 2].text == ",")) \
                    and after in (",", "."):
                return True  # "Castillo, 53,", "Kirchner, de 72 años,"
            if before == "de" and after in (",", ".") and any(
                    toks[m].text == "," and toks[m - 1].text[:1].isupper()
                    and all(t.text.islower() for t in toks[m + 1:i - 1])
                    for m in range(max(1, i - 5), i - 2)):
                return True  # "Petro, un exguerrillero de 62 años,"
            if before in ("a", "an", "the") and i > 2 and toks[i - 2].text == "," \
                    and toks[i - 3].text[:1].isupper():
                return True  # "Javier Milei, a 53-year-old economist"
            if before not in DETERMINERS:
                k = next((m for m in range(fig.j, min(len(toks), fig.j + 5))
                          if toks[m].low == "old"), None)
                if k is not None and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() \
                        and toks[k + 1].text.isalpha():
                    return True  # "17-year-old Nahel M."
        elif kind == "money":
            if before == "(" and after == ")" and i > 1 and toks[i - 2].text.isalnum():
                return True  # "70,000 naira ($44)": the journalist's conversion
        if before == "," and after == "," and fig.j == i + 1 and i > 1 \
                and kind in ("count", "age", "other") \
                and (not fig.object or fig.object_i is None or fig.object_i < fig.i) \
                and fig.low is not None and fig.low == fig.high \
                and 1 <= fig.low <= 110 and toks[i - 2].text[:1].isupper() \
                and not self._listed(i - 2):
            return True  # "Truong My Lan, 67, …": an age in apposition
        if obj in ("habitantes", "inhabitants") and (before in POSSESSIVES or (
                before in ("tenía", "had") and self._in_relative_clause(i - 1))):
            return True  # "sus cerca de 10 millones de habitantes", "que tenía 430.000 …"
        if before == "to" and obj in INHABITANTS and i > 1 and toks[i - 2].low == "home":
            return True  # "Lismore, home to about 44,000 people"
        if before in ("to", "from") and i > 1 and (toks[i - 2].low == "age" or (
                i > 3 and toks[i - 2].low[:1].isdigit() and toks[i - 4].low == "age")):
            return True  # "raise the pension age to 64", "from 62 to 64": what a law sets
        if after == "-" and before in ("the", "a") and fig.j + 1 < len(toks) \
                and toks[fig.j + 1].low in MEMBERSHIP:
            return True  # "the 650-member House of Commons", "the 151-seat lower house"
        if obj in INHABITANTS and before in ("de", "of", "con", "with"):
            return obj in ("habitantes", "inhabitants") or any(
                t.low in PLACE_NOUNS or t.low in POPULATION for t in toks[max(0, i - 4):i - 1])
        if before in ("of", "de") and i > 2 and toks[i - 2].low in PLACE_NOUNS \
                and toks[i - 3].low in ("the", "a", "la", "el", "una", "un") \
                and fig.object is None and fig.kind in ("count", "other") and fig.unit is None:
            return not self._sourced_here(fig)  # "the city of roughly 11 million"
        if before in POPULATION or (before in ("de", "of") and i > 1
                                    and toks[i - 2].low in POPULATION):
            return not self._sourced_here(fig)  # (but "Mexico has a population of about 126
            # million, according to the statistics institute": what the sentence says)
        if fig.unit in ("km", "mi") and fig.j + 1 < len(toks):
            # in apposition to a place named just before ("Támara, a unos 25 kilómetros de
            # Tegucigalpa"), not where something was hit ("un arsenal situado a 110 km de …")
            k = i - 1 if before == "a" else i
            compass = fig.j + 1 < len(toks) and toks[fig.j].low in COMPASS
            if not (k >= 2 and toks[k - 1].text == "," and (
                    toks[k - 2].text[:1].isupper() or toks[k - 2].low in PLACE_NOUNS
                    or (compass and toks[k - 2].text.isalpha() and self.lang == "en"
                        and not toks[k - 3].low[:1].isdigit()))) and not (
                    k >= 1 and toks[k - 1].low in INHABITANTS):
                # ("the scene, about 28 miles north of Perth"; not "at a depth of 66 km,
                # about 80 km south of …")
                return False  # (also "a town of about 37,000 people some 25 km northwest of
                # the capital")
            nxt, after = toks[fig.j].low, toks[fig.j + 1].low
            if nxt in COMPASS and after == "-" and fig.j + 3 < len(toks) \
                    and toks[fig.j + 2].low in COMPASS:
                after = toks[fig.j + 3].low  # "north-east of Bamako", split at the hyphen
            if after in ("profundidad", "depth", "deep"):
                return False  # a quake's depth is measured by someone
            return (before == "a" and nxt in ("de", "del", "al")) or nxt in ("off", "from") or (
                nxt in COMPASS and after in ("of", "from", "de", "del"))
        return False

    def _sourced_here(self, fig: Found) -> bool:
        """Whether an "according to" closes the sentence right after the figure's phrase."""
        toks = self.toks
        k = fig.j
        while k < len(toks) and k < fig.j + 3 and toks[k].text.isalpha():
            k += 1
        return k + 1 < len(toks) and toks[k].text == "," \
            and bool(match_at(toks, k + 1, self.cues.before))

    def _in_relative_clause(self, k: int) -> bool:
        """Whether token ``k`` is in a relative clause opened after a comma (", que antes de
        la guerra tenía …", ", which had …")."""
        toks = self.toks
        rel = next((m for m in range(k - 1, max(0, k - 7), -1)
                    if toks[m].low in ("que", "which") or toks[m].text in BOUNDARY), None)
        return rel is not None and rel > 0 and toks[rel].low in ("que", "which") \
            and toks[rel - 1].text == ","

    def _trailing_pp(self, verb: Cue, figs: list[Found], pps: list[Cue]) -> Cue | None:
        """An "according to Y" right after a reporting verb that follows its figures ("1,644
        died, the junta said on Sunday, according to MRTV"): Y relays the speaker."""
        toks = self.toks
        start = max(verb.at + 1, verb.np_end)
        # (the speaker goes on: "…, the minister said, adding that 83% …, according to SPA")
        adding = next((m for m in range(start, min(len(toks) - 1, start + 4))
                       if toks[m].text == "," and toks[m + 1].low in ("adding", "saying")), None)
        for c in pps:
            if c.at > verb.at and (c.at - start <= 14 or adding is not None) \
                    and toks[c.at - 1].text == "," \
                    and c.name is not None and not self._separated(verb.at, c.at) \
                    and not any(start <= g.i < c.at and toks[g.i - 1].low not in CITING
                                and adding is None for g in figs) \
                    and not any(start <= o.at < c.at for o in self.found if o is not c):
                return c
        return None

    def _after_outer(self, verb: Cue, figs: list[Found], pps: list[Cue]) -> Name | None:
        """ "…, the ministry said, in data cited by Interfax, according to Reuters": who passed
        on what the speaker's own relay carried, after it."""
        if verb.outer is None:
            return None
        toks = self.toks
        cited = next((c for c in pps if c.at > verb.at and c.name is not None
                      and c.name.canonical == verb.outer.canonical), None)
        if cited is None:
            return None
        return next((c.name for c in pps if c.at > cited.at and toks[c.at - 1].text == ","
                     and c.name is not None and c.name.named
                     and c.name.canonical != verb.outer.canonical
                     and not any(cited.at < o.at < c.at for o in self.found if o is not c)
                     and not any(cited.at < g.i < c.at for g in figs)), None)

    def _own_tally(self, pp: Cue) -> bool:
        """Whether a trailing "according to" names a count or estimate of its own ("según un
        recuento de la agencia Reuters", "según cálculos del Real Instituto Elcano"): then it
        is the claimant of the figure, not a relay of the sentence's speaker."""
        words = [t.low for t in self.toks[pp.np_start:pp.np_end]]
        return len(words) > 2 and any(
            w in TALLIES and k + 1 < len(words) and words[k + 1] in ("de", "del", "of")
            for k, w in enumerate(words[:4]))

    def _outer_verbs(self, fig: Found, verb: Cue, verbs: list[Cue],
                     figs: list[Found]) -> list[Name]:
        """Reporting verbs around the governing one that relay it ("X wrote, Y reported")."""
        if all(cue is verb for cue in verbs):
            return []  # (most sentences: one verb, the governing one)
        toks = self.toks
        out: list[Name] = []
        for cue in sorted(verbs, key=lambda c: abs(c.at - verb.at)):
            if cue is verb or cue.name is None or cue.claims_from > fig.i:
                continue  # (a clause after the figure, with its own claims)
            # a tag that closes the sentence relays all of it: "X said that six …, five of
            # which …, RIA Novosti reported", "…, informó la agencia Yonhap"
            closing = verb.at < fig.i < cue.at and (
                toks[cue.at].low in ("reported", "reports") or (
                    toks[cue.at].low in ("said", "says") and self.lang == "en"
                    and self._outlet_like(cue.name.text.split())) or (
                    toks[cue.at].low in ("informó", "informa", "publicó", "recogió")
                    and self._outlet_like(cue.name.text.split()))) \
                and self._final_tag(cue) and not any(verb.at < c.at < cue.at for c in verbs)
            if not closing and (abs(cue.at - fig.i) <= abs(verb.at - fig.i) or any(
                    min(cue.at, verb.at) <= g.i <= max(cue.at, verb.at) and (
                        g is not fig or not self._speaks_for(verb, cue)) for g in figs)):
                continue  # (nearer the figure, or past other figures: another claim's)
            if cue.name.canonical == verb.name.canonical:
                continue
            if self._separated(cue.at, verb.at) or any(
                    toks[k].low == "though" and toks[k - 1].text == ","
                    for k in range(min(cue.at, verb.at) + 1, max(cue.at, verb.at))):
                continue  # ("X said, though police sources quoted by Y put the toll at 43")
            later = cue if cue.at > verb.at else verb
            if 1 < later.np_start < later.at and toks[later.np_start - 1].low in ("and", "y") \
                    and toks[later.np_start - 2].text == ",":
                continue  # ("…, the Pentagon said, and an Afghan health official told Reuters
                # …": two claims, not one relayed)
            out.extend(r for r in cue.relays if r.named and r is not cue.name
                       and r.canonical != verb.name.canonical)  # "…, the ministry said, AFP
            # reported, citing Interfax": the ministry, via Interfax, via AFP
            out.append(cue.name)
            after = next((c for c in self.found if c.at > cue.at), None)
            if after is not None and after.kind == "pp" and after.name is not None \
                    and after.name.named and toks[after.at - 1].text == "," \
                    and self._outlet_like(after.name.text.split()) and self._speaks_for(verb, cue):
                out.append(after.name)  # "…, Lee said, according to Yonhap news agency"
        return out

    def _speaks_for(self, verb: Cue, cue: Cue) -> bool:
        """Whether the person of a closing "…, Lee said" reports what an agency before the
        figure believes or assesses ("The spy agency believes about 11,000 …, Lee said")."""
        toks = self.toks
        k = cue.at + 1
        if k + 2 < len(toks) and toks[k].low in ("after", "at", "in") \
                and toks[k + 1].low in ("a", "the"):
            k += 3  # "…, Lee said after a briefing, according to Yonhap"
        return self.lang == "en" and verb.at < cue.at and toks[verb.at].low in ASSESSES \
            and cue.name is not None and cue.name.named and cue.np_start < cue.at \
            and toks[cue.np_start - 1].text == "," and k < len(toks) \
            and toks[k].text in (".", ",")

    def _final_tag(self, cue: Cue) -> bool:
        """Whether a cue is the tag that closes its sentence: ", RIA Novosti reported." """
        toks = self.toks
        if cue.np_start > cue.at:  # ", informó la agencia Yonhap."
            if toks[cue.at - 1].text != ",":
                return False
            k = cue.np_end
        else:
            if cue.np_start == 0 or toks[cue.np_start - 1].text != ",":
                return False
            k = cue.at + 1
        while k < len(toks) and toks[k].low in AFTER_VERB_TIME:
            k += 1
        if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].low in ("a", "an", "una",
                                                                           "un") \
                and toks[k + 2].low in CLAIM_NOUNS:
            return True  # ", TASS reported, a claim that could not be verified."
        return k >= len(toks) or toks[k].text in (".", "?", "!")

    def _nearest_pp(self, fig: Found, figs: list[Found], pps: list[Cue]) -> Cue | None:
        if not pps:
            return None
        pps = self._same_side(fig, pps)
        toks = self.toks
        # (not a "según" inside a relative clause after the figure: "…, que según las madres
        # pertenecerían a …" speaks of the clause)
        after = [c for c in pps if c.at >= fig.j and not (
            c.at >= 2 and toks[c.at - 1].low in RELATIVE_OPENERS and toks[c.at - 2].text == ",")]
        if after:
            cue = min(after, key=lambda c: c.at)
            between = [c for c in self.found if c is not cue and fig.j <= c.at < cue.at]
            if not between:
                return cue  # "315 drones y siete misiles …, según la Fuerza Aérea"
            if cue.at + 1 < len(toks) and toks[cue.at + 1].low in RELAYED \
                    and cue.name is not None and self._outlet_like(cue.name.text.split()) \
                    and all(c.kind == "verb" and c.name is not None and any(
                        o.kind == "verb" and o.at < fig.i and o.name is not None
                        and o.name.canonical == c.name.canonical for o in self.found)
                        for c in between):
                return cue  # "X elevó a 687 … y cifró en 3.726 …, según recogió Al Jazeera"
        before = [c for c in pps if c.end <= fig.i]
        # (a later figure's "according to" does not govern this one; an earlier one does)
        return max(before, key=lambda c: c.at) if before else None

    def _has_contrast(self) -> bool:
        """Whether the sentence has a contrast at all (see :meth:`_separated`)."""
        if self._contrasts is None:
            toks = self.toks
            self._contrasts = [k for k in positions(toks, SEPARATORS) if k > 0 and (
                toks[k].low in (";", "mientras") or (toks[k - 1].text == "," and (
                    toks[k].low in CONTRASTS
                    or (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())
                    # "…, as the mayor of Paiporta said …": another speaker's clause
                    or (toks[k].low == "as" and k + 1 < len(toks)
                        and toks[k + 1].low in ("the", "a", "an")))))]
        return bool(self._contrasts)

    def _separated(self, a: int, b: int) -> bool:
        """Whether a contrast ("…, while X said …", "; ", "mientras que") lies between two
        tokens: a cue on one side does not govern a figure on the other."""
        if not self._has_contrast():
            return False
        lo, hi = (a, b) if a < b else (b, a)
        return bisect_right(self._contrasts, lo) < bisect_left(self._contrasts, hi)

    def _same_side(self, fig: Found, cues: list[Cue]) -> list[Cue]:
        """The cues on the figure's side of a contrast; all of them when that side has none
        ("Yonhap said some had returned, but at least 2,000 remained")."""
        if not cues or not self._has_contrast():
            return cues
        near = [c for c in cues if not self._separated(c.at, fig.i)]
        if near:
            return near
        own_side = any(not self._separated(c.at, fig.i) for c in self.found)
        # a claimant after a contrast that follows the figure is someone else's ("el CNE le
        # otorgó el 51 %, aunque la oposición asegura …")
        if own_side:
            return near
        toks = self.toks
        return [c for c in cues if c.at < fig.i or (
            # "Six backed the move, while two voted against, the central bank said.": a tag
            # closing the sentence speaks for both sides
            c.kind == "verb" and c.np_start > 0 and self._final_tag(c)) or not any(
            (toks[k].low in CONTRASTS or (toks[k].low == "mientras" and c.kind == "verb"
                                          and c.np_start <= k + 3))
            and toks[k - 1].text == "," for k in range(fig.j, c.at))]

    def _relative_between(self, verb: int, fig: int, pp: int) -> bool:
        """Whether the figure at ``fig`` sits in a relative clause (", which …") opened after
        the verb at ``verb`` and closed by the phrase at ``pp``."""
        toks = self.toks
        return any(toks[m].text == "," and toks[m + 1].low in ("which", "que", "who")
                   for m in range(verb + 1, fig)) and toks[pp - 1].text == "," \
            and not any(toks[m].text in (".", ";") for m in range(fig, pp))

    def _relative_antecedent(self, cue: Cue, fig: Found) -> int | None:
        """Where the figure starts that a relative clause holding the cue describes ("the $1.3
        trillion that developing countries say they need"): the cue claims that figure only;
        None when the cue is no such clause's. (Spanish "que" is left out: it also opens what
        a speaker said.)"""
        toks = self.toks
        rel = (cue.np_start if cue.np_start < cue.at else cue.at) - 1
        if rel < 1 or toks[rel].low != "that" or fig.i > rel:
            return None
        for m in range(rel - 1, max(-1, rel - 6), -1):
            if toks[m].text in BOUNDARY:
                return None
            if toks[m].low[:1].isdigit():
                while m > 0 and (toks[m - 1].low[:1].isdigit()
                                 or toks[m - 1].low in ("$", "€", "£")):
                    m -= 1
                return m
        return None

    def _governing_verb(self, fig: Found, verbs: list[Cue]) -> Cue | None:
        toks = self.toks
        verbs = [c for c in self._same_side(fig, verbs) if not (
            fig.j <= c.np_start and c.np_start > 0
            and toks[c.np_start - 1].low in SUBORDINATORS)  # "…, since Putin announced"
            and not (toks[c.at].low in MEASURING and c.np_start > 0
                     and toks[c.np_start - 1].low in ("which", "that", "que")
                     and (fig.i < c.at or any(toks[k].text in BOUNDARY
                                              for k in range(c.at + 1, fig.i))))]
        # (what a relative clause "measured at" is only the figure in that clause: "the quake,
        # which the USGS measured at 5.6, has killed 268, the agency said")
        verbs = [c for c in verbs if not (
            c.np_start >= fig.j and c.np_start > 1 and toks[c.np_start - 1].low in ("y", "and")
            and toks[c.np_start - 2].text == "," and c.np_start < c.at) and fig.i >= c.claims_from]
        # ("…, y el FMI prevé que …": a clause of its own after the figure)
        verbs = [c for c in verbs if self._relative_antecedent(c, fig) in (None, fig.i)
                 and not self._past_relative_clause(c, fig)]
        if not verbs:
            return None
        before = [c for c in verbs if c.at < fig.i]
        if before and self.lang == "en" and self._as_clause(max(c.at for c in before), fig.i):
            tag = self._closing_tag(fig, verbs, self.found)
            if tag is not None:
                return tag  # "The bank raised its rate to 21%, as inflation reached 8.6%, the
                # statistics service said": the clause "as" opens is the tag's
        if before:
            verb = max(before, key=lambda c: c.at)
            if len(before) > 1 and any(toks[k].low in ("that", "que") and toks[k - 1].low in (
                    "and", "y") for k in range(verb.at + 2, fig.i)):
                outer = max((c for c in before if c.at < verb.np_start), key=lambda c: c.at,
                            default=None)
                if outer is not None:
                    verb = outer  # "X told MPs that the OBR had halved …, and that welfare
                    # cuts would save £4.8 billion": X's second clause
            if self.lang == "en" and verb.name is not None and toks[verb.at].low in RAISING \
                    and not looks_person(verb.name):
                officer = next((c for c in verbs if c.at >= fig.j and c.np_start >= fig.j
                                and toks[min(c.at, c.np_start) - 1].text == ","
                                and c.name is not None and looks_person(c.name)
                                and toks[c.at].low not in FINDING), None)
                if officer is not None:
                    return officer  # "The bank raised its rate to 30%, Governor Ernest
                    # Addison told a news conference": who says it for the bank
            if verb.name is not None and ((toks[verb.at].low in FINDING and (
                    not verb.name.named or verb.name.canonical.casefold() in self.aliases.groups
                    or verb.name.canonical.casefold() in DOERS))
                    or toks[verb.np_start].low in SOME  # ("Some estimates put …, X said")
                    or (verb.name.canonical in countries() and self.lang == "en")):
                # ("China reported …, X said")
                # "Police found at least 14 bodies …, the prosecutor's office said": those
                # who found them, unnamed, are not who says so (nor is "a figure analysts
                # say …" a tag)
                tag = next((c for c in verbs if c.at >= fig.j and c.np_start >= fig.j
                            and toks[min(c.at, c.np_start) - 1].text == ","
                            and toks[c.np_start].low not in ("a", "an", "una", "un")
                            and toks[c.at].low not in FINDING and c.name is not None
                            and c.name.kind != "media" and not self._outlet_like(
                                c.name.canonical.split())), None)
                if tag is not None:
                    return tag
            return verb
        return min(verbs, key=lambda c: c.at)

    def _hedge(self, fig: Found) -> str | None:
        if self._hedge_memo is None:
            self._hedge_memo = ""
            toks, firsts = self.toks, self.cues.hedges.firsts
            for i in positions(toks, firsts):
                hit = match_at(toks, i, self.cues.hedges)
                if hit:
                    self._hedge_memo = " ".join(t.text for t in toks[i:hit[0]])
                    break
        return self._hedge_memo or None


__all__ = ["Attributor", "Cue", "Cues", "cues"]
