"""Who a claimant is: names as written, their canonical form, role and kind.

The bundled alias table (``data/aliases.yml``, extended by the file named in
``REPORTEDLY_ALIASES``) maps what sources are called ("Ukraine's military intelligence",
"HUR") to one canonical name; :class:`Aliases` also strips what a text wraps around a name
("British health data firm Airfinity", "el último balance del Ministerio de Salud") and splits a
person from their role ("Budanov, head of HUR").
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from reportedly.errors import input_error
from reportedly.lexicon import load, load_yaml

#: Documents and tallies that stand for their authors ("el último balance de …").
REPORT_LIKE = frozenset("balance informe reporte boletín resultado resultados preconteo encuesta "
                        "aforo aforos "
                        "sondeo estudio datos conteo dato recuento escrutinio evaluación "
                        "estimación proyección "
                        "análisis auditoría assessment estimate analysis projection cálculos "
                        "cálculo registro registros proyecto previsiones proyecciones cómputo "
                        "cifras estimaciones recuento parte comunicado report survey poll study "
                        "data figures estimates tally count statement update results filing "
                        "filings minutes documents review modelling modeling "
                        "bulletin nota despacho balances informes reportes boletines recuentos "
                        "conteos cifra índice indicador barómetro index indicator "
                        "preconteo projections records tallies counts summary website "
                        "resolución document database trends tendencias readout returns".split())


#: Generic nouns after a claimant's name: "a Pentagon estimate", "Home Office figures".
TRAILING_GENERIC = re.compile(r"(?<=[A-Za-z])(?:'s|’s)?\s+(?:estimates?|figures|data|statistics|"
                              r"numbers|tally|count|assessment|plans|projections|forecasts?|"
                              r"records|projection|survey|poll|calculations?|analysis|modell?ing|datos|"
                              r"cifras|estimaciones|readout|document)$")

#: Whom a poll was made for: "an Ifop-Fiducial poll for Paris Match" is Ifop-Fiducial's.
POLL_FOR = re.compile(r"(?<=[A-Za-z])\s+(?:poll|survey)\s+(?:for|commissioned by)\s+[A-Z].*$")

#: Kinds of organisation that never begin a name: "Pollster Ifop" is Ifop.
KINDS_FIRST = frozenset("pollster forecaster broadcaster watchdog tracker carmaker lender miner "
                        "outlet tabloid charity encuestadora consultora operator insurer "
                        "retailer chipmaker owner consultancy regulator".split())


def _camel(word: str) -> bool:
    """ "infoLibre", "eDreams": a brand written with a small first letter."""
    return word[:1].islower() and any(c.isupper() for c in word[1:]) and word.isalpha()


#: A person, then where they do research: "Raffaele Marfella of the University of Campania".
AFFILIATED = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'.-]+){1,2}) (?:of|at|from) ((?:the )?"
                        r"(?:[A-Z][\w'-]* )*(?:University|Institute|College|School|Hospital|"
                        r"Clinic|Laborator(?:y|ies)|Division|Department|Bureau|Office|Agency|"
                        r"District)\b.*)")
#: Unions of countries, owners of a body as a country is ("the EU's Copernicus Climate Change
#: Service").
BLOCS = frozenset({"EU", "E.U."})
#: "its National Bureau of Statistics": whose it is, before a proper name.
OWNER_WORD = re.compile(r"^(?:its|their|his|her|su|sus)\s+(?=[A-Z])")
#: "Maciej Banach and his colleagues": the researcher who speaks for the team.
COLLEAGUES = re.compile(r"(?<=[a-z])\s+and\s+(?:his|her|their)?\s*(?:colleagues|co-authors|"
                        r"team)$")

#: The kind of organisation after its name: "ANSA news agency", "Emergency Lawyers rights
#: group".
TRAILING_KIND = re.compile(r"(?<=[\w.)])\s+(?:[a-z-]+\s+){0,2}(?:agency|service|group|charity|"
                           r"monitor|broadcaster|newspaper|outlet|website|think tank|"
                           r"network|tracker|watchdog|union|government|news|daily|coalition|"
                           r"association|site|television|channel|radio|blog)$")


#: A participle and what follows it after a name ("encuesta de Cadem publicada este domingo").
TRAILING_PARTICIPLE = re.compile(r"(?<=\w)\s+(?:publicad|difundid|divulgad|dad|conocid|elaborad|"
                                 r"realizad|presentad)[oa]s?"
                                 r"(?:\s.*)?$|(?<=\w)\s+(?:published|released|completed|"
                                 r"conducted|carried out)(?:\s.*)?$")


#: What follows a name's acronym: "(INM) mexicano", "(CDC) de Estados Unidos".
AFTER_ACRONYM = re.compile(r"(\([A-Z][\w.-]*\))\s+(?:[a-záéíóúñ]+|del? [A-Z][\w ]*)$")

#: Fighters named by their group's acronym: "M23 rebels", "RSF fighters" are the group.
ACRONYM_FIGHTERS = re.compile(r"^((?:[A-Z][A-Za-z]*-)?[A-Z0-9]{2,}(?:-[A-Z0-9]+)?)\s+"
                              r"(?:rebels|militants|fighters|insurgents|militiamen)$")

#: An acronym written with dots: "U.N.", "U.S.", "E.U.".
ACRONYM_DOTS = re.compile(r"\b(?:[A-Z]\.){2,}")

#: Where a body described sits: "local media in Sudan", "el Departamento de Gestión de Asuntos
#: de Desastres del país" (kept when nothing before it says which, "the health ministry in
#: Gaza", or when it is part of a proper name, "Human Rights Activists in Iran").
LOCATED = re.compile(r"(?<=[\w)])\s+(?:in|en)\s+(?:the\s+)?"
                     r"(?:(?P<generic>enclave)|(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))$"
                     r"|(?<=[\w)])\s+(?:del|de la)\s+"
                     r"(?P<own>país|estado|región|provincia|ciudad)$")

#: Last words of a name that need their country: "Russia's Defence Ministry".
GENERIC_HEADS = frozenset("""ministry ministries staff army military government police forces
    embassy parliament office service services agency committee council court navy""".split())

#: Adjectives a text puts before an organisation's name: "the nonpartisan Congressional
#: Budget Office", "the opposition Unitary Platform".
LEADING_ADJECTIVES = re.compile(r"(?:nonpartisan|non-partisan|opposition|ruling|independent|"
                                r"semi-official|conservative|liberal|leftist|right-wing|"
                                r"left-wing|far-right|far-left|centre-right|centre-left|"
                                r"center-right|center-left|estatal|independiente|"
                                r"oficialista|opositor|opositora|state-owned|state-run)"
                                r"(?= [A-Z])")

#: "propio"/"mismo" before a name: "el propio Gobierno estadounidense".
SAME_BEFORE_NAME = re.compile(r"^(?:propi[oa]s?|mism[oa]s?)\s+(?=[A-Z])")

#: Environment variable naming a user's alias file (same format as ``data/aliases.yml``).
ALIASES_ENV = "REPORTEDLY_ALIASES"


DETERMINERS = frozenset({"the", "a", "an", "el", "la", "los", "las", "un", "una", "this",
                         "esa", "ese", "esta", "este", "esas", "esos", "dicha", "dicho",
                         "its", "their", "his", "her", "our", "su", "sus"})


#: A name with its short form in brackets: "Centro Nacional de Huracanes (NHC)".
SHORT_FORM = re.compile(r"(.+?)\s*\(([^()]{1,24})\)")


#: What a company is called when it was named before: "the telecoms operator".
COMPANY_HEADS = frozenset("company firm operator carrier airline giant lender insurer carmaker "
                          "automaker chipmaker miner retailer producer group utility railroad "
                          "railway".split())


#: Who runs or backs an organisation, before its name: "the state-run Al-Ahram newspaper".
BACKED = ("-run", "-funded", "-backed", "-owned", "-controlled", "-based", "-led", "-linked",
          "-affiliated", "-aligned")


#: Nouns that end an office's name before its holder's ("… for Refugees Filippo Grandi").
ROLE_ENDS = frozenset("refugees affairs rights nations forces development health defence "
                      "defense finance security justice interior education transport labour "
                      "labor energy agriculture trade economy environment housing information "
                      "police works tourism state".split())


#: Lower-case particles inside personal names ("Ashraf al Qudra", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "da", "do", "dos"})


#: The article speaking of itself: figures it states in its own voice.
SELF_REFERENCES = frozenset({"este diario", "this newspaper", "esta redacción", "este medio",
                             "este periódico", "la redacción", "this paper"})


#: Words that make any group of people an unnamed source.
ANONYMOUS = frozenset({"anonymous", "unnamed", "unidentified", "anónimo", "anónimos", "anónima",
                       "anónimas"})


#: Names that are only a kind of document ("official figures", "datos oficiales").
GENERIC_ONLY = re.compile(r"(?:the |las |los |el |la )?(?:official |latest |preliminary |último |"
                          r"últimos |última |últimas |satellite |monthly |weekly |annual |"
                          r"new |provisional )?(?:figures|data|statistics|estimates|"
                          r"official count|official tally|cifras|datos|estadísticas|"
                          r"estimaciones|recuento|balance|conteo)"
                          r"(?: oficial(?:es)?| preliminar(?:es)?| provisional(?:es)?)?")


#: Members who speak as their organisation ("los rebeldes del Marco Estratégico Permanente").
MEMBERS = frozenset("""rebeldes insurgentes milicianos combatientes yihadistas militantes
    guerrilleros paramilitares miembros integrantes activistas voluntarios rescatistas
    socorristas rebels insurgents militants fighters members volunteers equipo team
    guerrilla""".split())


#: A member noun, an optional adjective, then "de/del" and the organisation's name.
MEMBERS_OF = re.compile(r"(?:[\w]+-(?:led|backed|aligned) )?(\w+)(?: [a-záéíóúñ]+)? "
                        r"(?:de la|del|de los|de|of the|of) ([A-Z].*)$")  # ("Tuareg-led rebels of")


#: The staff of a named institution speaking for it: "researchers at Ghent University",
#: "analysts at Goldman Sachs".
STAFF_AT = re.compile(r"(?:(?:analysts|researchers|economists|scientists|strategists|experts)"
                      r" (?:at|from) (?:the )?|(?:investigadores|científicos|analistas|"
                      r"economistas|expertos) (?:de|del) (?:la |el )?)([A-Z].*)$", re.I)


#: Words that begin the names of organisations, never of people.
ORG_HEADS = frozenset("""foro comité consejo ministerio servicio fuerza fuerzas ejército guardia
    salvamento defensa defensoría cruz media observatorio oficina instituto centro agencia banco
    fondo grupo asociación fundación cascos médicos amnistía human save secretaría tribunal
    corte fiscalía policía gobierno junta alto unidad comisión organización red movimiento
    frente partido sindicato federación confederación cámara senado congreso parlamento
    autoridad dirección departamento administración universidad hospital cuerpo brigada
    council ministry service forces army guard office institute center centre agency bank fund
    group association foundation committee court police government staff""".split())


#: Who speaks for an organisation, when one of them is quoted unnamed ("un oficial israelí").
ONE_OF_THEM = frozenset({"oficial", "official", "funcionario", "funcionaria", "diplomático",
                         "diplomática", "diplomat", "mando", "agente", "responsable", "officer",
                         "cargo", "militar", "miembro", "member", "insider", "source", "fuente",
                         "lawmaker", "legislator", "legislador", "legisladora"})


#: Words that end a phrase before the name it is "of" ("el sistema de referencia de la ONU").
GENITIVES = frozenset({"de", "del", "la", "el", "los", "las", "of", "the"})


#: Endings of Spanish adjectives after a noun ("oficina estadística comunitaria").
SPANISH_ADJECTIVE_ENDS = ("o", "a", "os", "as", "al", "ales", "ar", "ense", "és", "esa", "ino",
                          "ina")


#: Words that join the parts of a name ("Ministry of Defence", "Organización … para las …").
CONNECTORS = frozenset({"of", "for", "and", "de", "y", "del", "para", "por", "contra", "sobre",
                        "against", "on"})


#: Articles, and what joins the words of an organisation's name ("Fondo … de la …").
ARTICLES = frozenset({"la", "las", "los", "el", "the"})

NAME_JOINERS = CONNECTORS | ARTICLES


@dataclass(slots=True)
class Name:
    """A claimant as found: the words as written, the canonical name, and its kind."""

    text: str
    canonical: str
    kind: str | None = None
    named: bool = True
    basis: str | None = None
    role: str | None = None
    #: Refers back to the last claim ("la misma fuente", "the same figures"): its relays
    #: carry over.
    same: bool = False


#: What makes unnamed people a source, after who they are ("officials familiar with …").
KNOWING_WORDS = r"familiar with|with (?:direct )?knowledge of|close to|briefed on"
KNOWING = re.compile(rf" (?:{KNOWING_WORDS}) ")


class Aliases:
    """The alias table: canonical claimant names and what they are called."""

    def __init__(self, extra: Path | None = None) -> None:
        data = load("aliases")
        entries = list(data["sources"])
        if extra is not None:
            entries += _user_sources(extra)
        self.by_alias: dict[str, tuple[str, str | None]] = {}
        #: The organisation each one belongs to ("WHO" → "United Nations").
        self.part_of: dict[str, str] = {}
        for entry in entries:
            for alias in [entry["name"], *entry.get("aliases", [])]:
                self.by_alias[self.key(str(alias))] = (entry["name"], entry.get("kind"))
            if entry.get("part_of"):
                self.part_of[entry["name"]] = str(entry["part_of"])
        self.rewrites = [(re.compile(p), r) for p, r in data["rewrites"]]
        self.unnamed = {h.casefold() for h in data["unnamed_heads"]}
        self.groups = {h.casefold() for h in data["unnamed_groups"]}
        self.anaphora = {w.casefold(): kind for kind, ws in data["anaphora"].items() for w in ws}
        self.titles = {w.casefold() for w in data["titles"]}
        self.descriptors = {w.casefold() for w in data["descriptors"]}
        self._resolved: dict[str, Name] = {}
        self._classified: dict[str, tuple[str, str | None]] = {}
        self._cleaned: dict[str, str] = {}
        self._anaphors: dict[str, str | None] = {}
        self._unnamed: dict[str, bool] = {}

    @staticmethod
    def key(name: str) -> str:
        name = name.replace("’", "'").replace(" 's", "'s").replace(" ' s", "'s")
        # (an article, not "LA" of "LA Times")
        name = re.sub(r"^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+", "", name.strip())
        name = ACRONYM_DOTS.sub(lambda m: m.group(0).replace(".", ""), name)  # "U.N." is "UN"
        return _plain_letters(re.sub(r"\s+", " ", name).casefold())

    def clean(self, text: str) -> str:
        """A name as written, tidied: no leading article, straight apostrophes, no trailing
        "estimate"/"figures" ("a Pentagon estimate" → "Pentagon")."""
        known = self._cleaned.get(text)
        if known is None:
            known = self._cleaned[text] = self._clean(text)
        return known

    def _clean(self, text: str) -> str:
        text = re.sub(r"\s+'s\b", "'s", text.replace("’", "'"))
        text = COLLEAGUES.sub("", OWNER_WORD.sub("", text))
        # "the department's Bureau of Labor Statistics", "the JNIM group itself"
        text = re.sub(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?[a-z]+'s\s+(?=[A-Z])|"
                      r"\s+(?:itself|themselves)$", "", text)  # ("Ukrainian government's …")
        for pattern, repl in self.rewrites:
            text = pattern.sub(repl, text)
        text = TRAILING_PARTICIPLE.sub("", text.strip())  # ("… report released on Monday")
        # (the owner first: "the Treasury's own impact assessment" is the Treasury's)
        text = strip_report(TRAILING_GENERIC.sub("", strip_report(POLL_FOR.sub("", text))))
        text = TRAILING_PARTICIPLE.sub("", self._strip_descriptor(text))
        text = TRAILING_GENERIC.sub("", text)  # ("a Reuters/Ipsos poll completed on Tuesday")
        text = AFTER_ACRONYM.sub(r"\1", SAME_BEFORE_NAME.sub("", text))
        text = ACRONYM_FIGHTERS.sub(r"\1", text)
        located = LOCATED.search(text)
        before = text[:located.start()].split() if located else []
        if located and any(w[:1].isupper() for w in before) \
                and any(w.islower() for w in before[1:]) \
                and (located["generic"] or located["own"] or located["place"] in countries()):
            text = text[:located.start()]  # ("local media in Sudan")
        elif located and located["place"] and located["place"] not in countries() \
                and len(before) > 1 and before[0][:1].isupper() \
                and before[-1][:1].isupper() and before[-1].casefold() not in GENERIC_HEADS \
                and all(w[:1].isupper() or w in CONNECTORS for w in before):
            text = text[:located.start()]  # a proper name and its city: "the Joint
            # Coordination Centre in Istanbul" (not "Human Rights Activists in Iran")
        if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
            text = text[:-1]  # "UK MoD." at the end of a sentence
        return text.strip()

    def _strip_descriptor(self, text: str) -> str:
        """ "medio independiente Mediazona" → "Mediazona", "British health data firm Airfinity"
        → "Airfinity", "ANSA news agency" → "ANSA": the kind of organisation, with its
        adjectives, around a capitalized name."""
        words = text.split()
        if len(words) > 1 and words[0].casefold() in KINDS_FIRST and words[1][:1].isupper():
            return " ".join(words[1:])  # "Pollster Ifop" (capitalized: it opens the sentence)
        if len(words) > 1 and words[0].endswith(BACKED) and words[1][:1].isupper():
            return self._strip_descriptor(" ".join(words[1:]))  # "state-funded Kenya …"
        if len(words) > 2 and words[0].endswith("'s") and words[0][:-2] in countries() \
                and words[1].endswith(BACKED) and words[2][:1].isupper():
            return self._strip_descriptor(" ".join(words[2:]))  # "Chile's state-owned Codelco"
        owner = next((k for k in range(min(3, len(words) - 2)) if words[k].endswith("'s")), None)
        if owner is not None and " ".join(words[:owner + 1])[:-2] in countries() \
                and words[owner + 1].islower():
            inner = self._strip_descriptor(" ".join(words[owner + 1:]))
            if inner[:1].isupper():
                return inner  # "South Africa's state power utility Eskom"
        start = 0
        if len(words) > 3 and is_demonym(" ".join(words[:2])) and words[2].islower():
            start = 2  # "South Korean broadcaster KBS"
        elif len(words) > 2 and words[0][:1].isupper() and words[1].islower() \
                and words[0].casefold() not in self.descriptors:
            start = 1  # "Private forecaster AccuWeather", "Turkey's disaster agency AFAD"
        k = start
        while k < min(len(words) - 1, start + 4) and (words[k].islower() or (
                words[k].isupper() and words[k].casefold() in self.descriptors)):  # "ONG"
            k += 1
        if start < k < len(words) and (words[k][:1].isupper() or numbered(words[k])
                                       or _camel(words[k])) and any(
                w.casefold() in self.descriptors for w in words[start:k]) and (
                start == 0 or len(words) - k <= 3) and not (
                words[k - 1] in ("de", "del", "of") and " ".join(words[k:]) in countries()):
            # (not "sindicato de médicos de Sudán": whose it is, not its name)
            return self._strip_descriptor(" ".join(words[k:]))  # ("the official Xinhua news
            # agency")
        if LEADING_ADJECTIVES.match(text) is not None and len(words) > 2 \
                and all(w[:1].isupper() for w in words[1:]):
            return " ".join(words[1:])  # "nonpartisan Congressional Budget Office"
        trailing = TRAILING_KIND.search(text)
        if trailing and any(capitalized(w) and w not in countries()
                            for w in text[:trailing.start()].split()) \
                and not text[:trailing.start()].endswith("'s"):
            # "Vigili del Fuoco fire service", "Russia's Interfax news agency"
            return self._strip_descriptor(text[:trailing.start()])
        possessive = re.fullmatch(r"[A-Z][\w.]*'s ([A-Z][\w.-]*(?: \d{1,3})?)", text)
        if possessive and possessive.group(1).casefold() not in self.anaphora:
            return possessive.group(1)  # "Ukraine's SBU", "Russia's Interfax"
        owned = re.fullmatch(r"([A-Z][\w.]*)'s ((?:(?:[A-Z][\w.-]*|of|for|the|and|on) )+"
                             r"[A-Z][\w.-]*)", text)
        if owned and ((owned.group(1) in countries()
                       and (owned.group(2).split()[-1].casefold() not in GENERIC_HEADS
                            or len(owned.group(2).split()) >= 3))
                      or (owned.group(1) in BLOCS and " " in owned.group(2))):
            return owned.group(2)  # "Japan's Kyodo News", not "Russia's Defence Ministry"
        return text

    def split_role(self, text: str) -> tuple[str, str | None]:
        """ "Deputy mayor Natalia Hryshko" → ("Natalia Hryshko", "Deputy mayor"); names
        without a leading role come back whole."""
        words = text.split()
        last = words[-1] if words else ""
        if len(words) >= 3 and words[-2].casefold() in self.titles and last.isalpha() \
                and last[:1].isupper() and last.casefold() not in ORG_HEADS \
                and last.casefold() not in self.titles and last.casefold() not in self.anaphora \
                and last not in countries() and not is_demonym(last) \
                and all(w[:1].isupper() for w in words[:-1]):
            return last, " ".join(words[:-1])  # "Karnataka Chief Minister Siddaramaiah"
        titled = [t for t in range(len(words) - 2) if words[t].casefold() in self.titles]
        if titled:  # "Deputy Pentagon Press Secretary Sabrina Singh", "NIS Director Cho …"
            t = titled[-1]
            tail = words[t + 1:]
            named = [w for w in tail if w not in ("de", "du")]  # ("André de Ruyter")
            if len([w for w in named if w.casefold() not in NAME_PARTICLES]) in (2, 3, 4) \
                    and len(tail) <= 6 and tail[0][:1].isupper() and (name_words(tail) or (
                        name_words(named) and tail[-1][:1].isupper())) and all(
                    w.replace("'", "").isalpha() or "-" in w or re.fullmatch(r"(?:[A-Z]\.)+", w)
                    for w in tail) and not any(
                    w.casefold() in self.titles or w.casefold() in self.anaphora
                    for w in tail) and t > 0:
                return " ".join(tail), " ".join(words[:t + 1])
            tail = words[-2:]  # "ABS head of labour statistics Bjorn Jarvis"
            sent_to = words[t + 1] == "to" and t + 4 < len(words)  # "ambassador to the OSCE …"
            if len(words) > 3 and name_words(tail) and all(w.isalpha() for w in tail) \
                    and (words[-3][:1].islower() or sent_to) \
                    and " ".join(tail) not in countries() \
                    and not any(w.casefold() in ORG_HEADS or w.casefold() in self.titles
                                or w.casefold() in self.anaphora for w in tail):
                return " ".join(tail), " ".join(words[:-2])
        tail, head = words[-2:], words[:-2]
        if len(head) >= 2 and head[-1].casefold() in ROLE_ENDS and name_words(tail) \
                and all(w.isalpha() for w in tail) \
                and any(w.casefold() in self.titles for w in head):
            # "UN High Commissioner for Refugees Filippo Grandi": a role ending in its
            # organisation's noun, then the person
            return " ".join(tail), " ".join(head)
        k = 0
        while k < len(words) - 1 and (words[k].casefold() in self.titles
                                      or words[k][:1].islower()):
            k += 1
        rest = words[k:]
        at = next((m for m in (2, 3) if m < len(rest) - 1 and rest[m] in ("of", "at", "from")),
                  None)
        if k > 0 and at is not None and name_words(rest[:at]) \
                and all(w.isalpha() or "-" in w for w in rest[:at]) \
                and self.anaphora.get(words[k - 1].casefold()) != "org" and not any(
                w.casefold() in self.titles or w.casefold() in ORG_HEADS for w in rest[:at]):
            # "Economist Kevin Klowden of the Milken Institute": the person, where they work
            # in the role
            return " ".join(rest[:at]), " ".join(words[:k] + rest[at:])
        if k > 0 and words[k - 1] in NAME_JOINERS and len(rest) >= 3 and rest[0].isupper() \
                and all(w[:1].isupper() for w in rest):
            # "portavoz de la ONU Stéphane Dujarric": the person after the organisation
            return " ".join(rest[1:]), " ".join(words[:k + 1])
        if k == 0 or not (name_words(rest) or (
                self.anaphora.get(words[k - 1].casefold()) == "person"
                and _with_de(rest, self.anaphora))) \
                or " ".join(rest) in countries() or (
                len(rest) == 1 and rest[0].casefold().rstrip("s") in ORG_HEADS) or (
                words[k - 1] in CONNECTORS and (  # "ministerio de Salud" is one name, and
                    len(rest) == 1  # "ministro de Justicia" a role without a person
                    or not any(w.casefold() in self.titles for w in words[:k - 1]))):
            return text, None
        if rest[-1].casefold() in self.anaphora:
            return text, None  # "Interior Ministry": not a name with a role
        return " ".join(rest), " ".join(words[:k])

    def resolve(self, text: str) -> Name:
        """Canonical name for a claimant as written; unknown names are kept as written."""
        known = self._resolved.get(text)
        if known is None:
            known = self._resolved[text] = self._resolve(text)
        # a copy: callers add a role or a basis to it
        return Name(known.text, known.canonical, known.kind, known.named, known.basis, known.role)

    def _resolve(self, text: str) -> Name:
        cleaned = self.clean(text)
        members = MEMBERS_OF.match(cleaned)
        if members and members.group(1).casefold() in MEMBERS:
            # "los rebeldes tuareg del Marco Estratégico Permanente": the organisation
            inner = self._resolve(members.group(2))  # ("… del ELN", "(ELN)" after the name)
            return Name(text=text, canonical=inner.canonical, kind=inner.kind or "org")
        staff = STAFF_AT.fullmatch(cleaned)
        if staff and staff.group(1)[:1].isupper():
            inner = self._resolve(staff.group(1))  # ("researchers at Ghent University")
            return Name(text=text, canonical=inner.canonical, kind=inner.kind or "org")
        proper = re.search(r"(?:\b[A-Z][\w.'-]*\s?)+$", cleaned)
        if proper and cleaned[:proper.start()].split()[-1:] and \
                cleaned[:proper.start()].split()[-1].casefold() in GENITIVES:
            proper = None  # "el sistema de referencia de la ONU": not the ONU
        for candidate in (text, cleaned, *re.findall(r"\(([^)]+)\)", cleaned),
                          re.sub(r"^[A-Z][\w.]*'s\s+", "", cleaned),  # "the UN's World Food …"
                          re.sub(r"\s*\([^)]*\)", "", cleaned),
                          proper.group(0) if proper else ""):
            hit = self.by_alias.get(self.key(candidate))
            if hit and not (hit[1] == "media" and self._other_acronym(cleaned, candidate, hit[0])):
                return Name(text=text, canonical=hit[0], kind=hit[1])
        affiliated = AFFILIATED.fullmatch(cleaned)
        if affiliated and not any(w.casefold() in ORG_HEADS or w.casefold() in GENERIC_HEADS
                                  or w.casefold() in self.titles
                                  for w in affiliated.group(1).split()):
            # "Raffaele Marfella of the University of Campania": the researcher, where they work
            return Name(text=text, canonical=affiliated.group(1), kind="person",
                        role=affiliated.group(2))
        bare, role = self.split_role(cleaned)
        if role is not None:
            if role.split()[-1].casefold() in GENITIVES \
                    and role.split()[0].casefold() not in self.titles \
                    and self.anaphora.get(role.split()[0].casefold()) != "person":
                # "el sistema de referencia de la ONU", "la misión de la ONU": a part of the
                # ONU, not the ONU itself, nor a person with a role
                return Name(text=text, canonical=cleaned, kind=None)
            hit = self.by_alias.get(self.key(bare))
            if hit:
                return Name(text=text, canonical=hit[0], kind=hit[1], role=role)
            return Name(text=text, canonical=bare, kind=None, role=role)
        short = SHORT_FORM.fullmatch(cleaned)
        if short and len(short.group(1).split()) > 1:
            # "Servicio Geológico de Estados Unidos (USGS)" is the same claimant as without
            # its short form; the short form finds it again (Memory.full_name)
            return Name(text=text, canonical=short.group(1), kind=None)
        return Name(text=text, canonical=cleaned, kind=None)

    @staticmethod
    def _other_acronym(cleaned: str, candidate: str, canonical: str) -> bool:
        """Whether a short form in brackets is another body's acronym, when it is also an
        outlet's: "Pakistan Tehreek-e-Insaf (PTI)" is not the Press Trust of India."""
        if f"({candidate})" not in cleaned:
            return False
        outside = {w.casefold() for w in re.sub(r"\s*\([^)]*\)", "", cleaned).split()
                   if w[:1].isupper()}
        spelled = re.sub(r"\s*\([^)]*\)", "", canonical).split()
        return len(outside) >= 2 and len(spelled) >= 2 and outside.isdisjoint(
            w.casefold() for w in spelled)  # (not "Korean Broadcasting System (KBS)")

    def is_unnamed(self, text: str) -> bool:
        """Unnamed sources ("anonymous military sources", "its own sources"; cached)."""
        known = self._unnamed.get(text)
        if known is None:
            known = self._unnamed[text] = self._is_unnamed(text)
        return known

    def _is_unnamed(self, text: str) -> bool:
        known = KNOWING.search(text)
        if known is not None and known.start() > 0 and self._is_unnamed(text[:known.start()]):
            return True  # "Israeli officials familiar with an intelligence assessment"
        words = text.replace("’", "'").split()
        if not words:
            return True
        head = words[-1].casefold()
        first = next((w.casefold() for w in words if w.casefold() not in DETERMINERS), head)
        if first in ("fuentes", "fuente"):
            return True  # "fuentes policiales", "fuentes de la Delegación del Gobierno"
        lows = [w.casefold() for w in words]
        if first in self.groups and len(words) > 2 and words[0][1:].islower() \
                and lows.index(first) + 1 < len(lows) and lows[lows.index(first) + 1] in (
                    "de", "del", "of"):
            return True  # "funcionarios del Pentágono" (capitalized too, opening a sentence)
        if any(w.casefold() in ANONYMOUS for w in words):
            return True  # "anonymous Ukrainian officials", "fuentes anónimas"
        if lows[0] in ("un", "una", "a", "an") and len(lows) <= 6 and any(
                w in ONE_OF_THEM for w in lows[1:5]) and not any(
                w[:1].isupper() and not is_demonym(w) and w not in countries()
                for w in words[1:]):  # ("a senior US defence official")
            return True  # "un oficial israelí", "a senior official": one of them, unnamed
        if head in self.groups and len(words) <= 4 and any(
                w in countries() or is_demonym(w) for w in words[:-1]) and all(
                w.islower() or w in countries() or is_demonym(w) for w in words[:-1]):
            return True  # "U.S. officials", "Israeli security officials", "Western officials"
        proper = [w for w in words[:-1] if w[:1].isupper() and not is_demonym(w)
                  and w.casefold() not in DETERMINERS and w.casefold() not in ("its", "their")
                  and w not in countries()]  # ("U.S. officials" are unnamed)
        return head in self.unnamed and not proper

    def classify(self, text: str) -> tuple[str, str | None]:
        """What a claimant phrase is, independent of context (cached): ("none", None),
        ("anaphor", kind), ("unnamed", cleaned name) or ("named", None)."""
        known = self._classified.get(text)
        if known is None:
            known = self._classified[text] = self._classify(text)
        return known

    def _classify(self, text: str) -> tuple[str, str | None]:
        if not text or not any(c.isalpha() for c in text) \
                or GENERIC_ONLY.fullmatch(text.casefold()) or text.casefold() in SELF_REFERENCES:
            return "none", None  # "cifras oficiales", "este diario": no one else named
        kind = self.anaphor_kind(text)
        if kind is not None:
            return "anaphor", kind
        if self.is_unnamed(text):
            return "unnamed", self.clean(text)
        return "named", None

    def anaphor_kind(self, text: str) -> str | None:
        """The kind of claimant an anaphor refers to ("the agency" → org), else None."""
        if text not in self._anaphors:
            self._anaphors[text] = self._anaphor_kind(text)
        return self._anaphors[text]

    def _anaphor_kind(self, text: str) -> str | None:
        written = text.split()
        if len(written) >= 3 and written[0].casefold() in ("the", "el", "la"):
            k = 1  # "the South Korean chipmaker": the demonym says where, not who
            while k < len(written) - 1:
                if is_demonym(written[k]) and written[k][:1].isupper():
                    k += 1
                elif k + 2 < len(written) and is_demonym(" ".join(written[k:k + 2])):
                    k += 2
                else:
                    break
            if k > 1 and is_business(written[-1].casefold()):
                return self._anaphor_kind(" ".join([written[0], *written[k:]]))
        if 3 <= len(written) <= 5 and written[0].casefold() == "the" and written[-1].islower() \
                and (written[-1] in ("owner", "parent", "bank")
                     or written[-1].endswith("maker")) \
                and written[-2][:1].isupper() and not CONNECTORS.intersection(written):
            return "org"  # "the Wall Street bank", "the Facebook owner", "the Google parent"
        words = text.casefold().replace("’", "'").split()
        if len(words) in (3, 4) and words[0] == "the" and words[1].endswith("-based") \
                and all(w.islower() for w in text.split()[2:]):
            kind = self.anaphora.get(words[-1])  # "the Britain-based war monitor"
            if kind is not None:
                return kind
        if not words or any((w[:1].isupper() or numbered(w))
                            and not (w.isupper() and w.casefold() in self.anaphora)
                            for w in text.split()[1:]):
            return None  # ("la ONG": an anaphor in capitals; "la televisión pública 2M": named)
        if len(words) == 2 and words[1] in ("mismo", "misma", "himself", "herself", "itself"):
            return self.anaphora.get(words[0])  # "dijo él mismo"
        if len(words) in (2, 3) and self.anaphora.get(words[0]) and CONNECTORS.isdisjoint(words) \
                and all(w.endswith(SPANISH_ADJECTIVE_ENDS) and w not in self.unnamed
                        and w not in self.anaphora for w in words[1:]):
            return self.anaphora[words[0]]  # "(la) oficina estadística comunitaria"
        if words[0] in ("the", "el", "la", "this", "that", "its", "same", "dicho", "dicha") \
                or len(words) == 1:
            tail = " ".join(w for w in words[1:] if w not in ("same", "propio", "propia", "mismo",
                                                               "misma")) \
                if len(words) > 1 else words[0]
            kind = self.anaphora.get(tail)  # "the agency", not "the energy ministry"
            if kind is None and words[0] == "the" and is_business(words[-1]) \
                    and len(words) <= 6 and all(w[:1].islower() for w in text.split()):
                kind = "org"  # "the telecoms operator", "the state oil giant", "the iPhone
                # maker", "the world's biggest food company"
            if kind is None and len(words) == 3 and words[0] == "the" \
                    and words[2] in self.descriptors and words[1].isalpha() \
                    and words[1] not in self.anaphora and words[1] not in self.unnamed:
                kind = self.anaphora.get(words[2])  # "the medical charity", "the rights group"
            if kind is None and len(words) in (3, 4) and words[0] in ("el", "la") \
                    and CONNECTORS.isdisjoint(words[2:]):
                kind = self.anaphora.get(words[1])  # "la mandataria estatal"
            if kind is None and len(words) in (4, 5) and words[0] in ("el", "la") \
                    and words[2] in ("del", "de") and words[1] in GENERIC_BODIES \
                    and not CONNECTORS.intersection(words[3:]) \
                    and not any(w in self.unnamed for w in words[3:]):
                kind = "org"  # "el operador del sistema", "el organismo de control"
            return kind
        return None


#: Heads of a described body whose "de …" says what it does, not which it is ("el operador del
#: sistema", "el organismo de control").
GENERIC_BODIES = frozenset({"organismo", "operador", "operadora", "gestor", "gestora", "ente",
                            "entidad", "institución"})

#: Kinds of business "the South Korean chipmaker" can refer back to (a nationality before
#: "military" or "government" names the body itself).
BUSINESSES = COMPANY_HEADS | frozenset("""bank conglomerate manufacturer maker developer broker
    exporter importer supplier refiner brewer shipper consultancy biotech major issuer designer
    utility empresa compañía grupo petrolera cuprífera minera aerolínea naviera operador operadora
    constructora farmacéutica tecnológica eléctrica energética fabricante multinacional
    aseguradora distribuidora productora firma banco entidad holding gestor gestora chain club
    startup start-up""".split())


def is_business(word: str) -> bool:
    """Whether a (case-folded) head noun names a business: "the carmaker", "the iPhone maker",
    "la petrolera"."""
    return word in BUSINESSES or (word.endswith("maker") and len(word) > 5)

#: Report words that are a report's only when written in lower case ("la estadística
#: Frontur", not the "Instituto de Estadística").
LOWER_REPORTS = frozenset({"estadística", "estadísticas", "avance"})

#: A report owned by a name: "the National Crime Records Bureau's annual report".
OWNED_REPORT = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*)'s\s+(.+)")


#: A report of a body referred back to: "the commission's final results".
OWNED_BY_ANAPHOR = re.compile(r"(?:[Tt]he\s+)?([a-z]+)'s\s+(.+)")

#: A report described, then its author: "a confidential UN report".
DESCRIBED_REPORT = re.compile(r"(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){1,2}"
                              r"((?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)\s+([a-z]+)")


def strip_report(text: str) -> str:
    """ "el balance más reciente del Gobierno federal" → "Gobierno federal": a report, with any
    adjectives, stands for its author (the words after "de"/"of"/"by")."""
    words = text.split()
    owner = OWNED_REPORT.fullmatch(text)
    if owner and len(owner.group(2).split()) <= 6 and owner.group(1) not in countries() \
            and owner.group(2).split()[-1].strip("'\"").casefold() in REPORT_LIKE:
        return owner.group(1)  # "the NCRB's annual 'Crime in India' report"
    anaphor = OWNED_BY_ANAPHOR.fullmatch(text)
    if anaphor and len(anaphor.group(2).split()) <= 4 \
            and anaphor.group(2).split()[-1].casefold() in REPORT_LIKE \
            and aliases().anaphora.get(anaphor.group(1)) is not None:
        return f"the {anaphor.group(1)}"  # "the commission's final results": the commission's
    described = DESCRIBED_REPORT.fullmatch(text)
    if described and described.group(2).casefold() in REPORT_LIKE:
        return described.group(1)  # "a confidential UN report", "an internal WHO assessment"
    if len(words) < 3 or not any(w.casefold() in REPORT_LIKE or w in LOWER_REPORTS
                                 for w in words[:6]):
        return text
    first_report = next(k for k, w in enumerate(words[:6])
                        if w.casefold() in REPORT_LIKE or w in LOWER_REPORTS)
    if words[first_report] in ("Auditoría", "Registro") and first_report + 1 < len(words) \
            and words[first_report + 1][:1].isupper():
        return text  # "Auditoría Superior de la Federación", "Registro Nacional de Personas
        # Desaparecidas": a body's name, not a report
    first = None
    for k, word in enumerate(words[:8]):
        if word.casefold() in ("de", "del", "of", "from", "by", "in") and k + 1 < len(words) \
                and any(w.casefold() in REPORT_LIKE or w in LOWER_REPORTS for w in words[:k]):
            rest = words[k + 1:]
            while rest and (rest[0].casefold() in ("la", "el", "los", "las", "the") or (
                    rest[0].endswith(("'s", "’s")) and rest[0].islower() and len(rest) > 1)):
                rest = rest[1:]  # ("from the city's Board of Elections")
            if rest and rest[0][:1].isupper():
                return " ".join(rest)  # "el último parte de inteligencia del Ministerio …"
            first = first or " ".join(rest)
    return first or text


def _with_de(words: list[str], anaphora: dict[str, str]) -> bool:
    """ "Alexandre de Moraes", "Luis de Guindos": a person's name with "de" inside (not
    "Ministerio de Defensa", whose head is an organisation's)."""
    return len(words) >= 3 and words[-1][:1].isupper() and words[0][:1].isupper() and any(
        w in ("de", "del") for w in words) and all(
        (w[:1].isupper() and w.replace("-", "").isalpha() and w.casefold() not in anaphora
         and w.casefold() not in ORG_HEADS)
        or w in NAME_PARTICLES or w in ("de", "del") for w in words)


#: A word that opens with digits and goes on as a word: "14ymedio" (not "5km").
DIGITS_THEN_WORD = re.compile(r"\d+[^\W\d_]{3,}\w*")


def numbered(word: str) -> bool:
    """Whether a word is a name that opens with a digit: "2M" ("state television 2M"),
    "14ymedio"."""
    return word[:1].isdigit() and (any(c.isupper() for c in word)
                                   or DIGITS_THEN_WORD.fullmatch(word) is not None)


def capitalized(word: str) -> bool:
    """Whether a word is written as (part of) a name: "Masirah", "al-Masirah"."""
    return word[:1].isupper() or (word[:3] in ("al-", "el-") and word[3:4].isupper())


@lru_cache(maxsize=65536)
def _plain_letters(text: str) -> str:
    """ "médecins sans frontières" → "medecins sans frontieres": accents are not what tells
    two names apart (a writer may leave them out)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def name_words(words: list[str]) -> bool:
    """Whether words can make a name: capitalized, or a particle inside it ("Abdel Fattah
    al-Sisi", "Ursula von der Leyen")."""
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w.startswith(("al-", "el-")) or w in NAME_PARTICLES for w in words)


def _user_sources(path: Path) -> list[dict]:
    """The ``sources`` of a user's alias file, or a clear error naming the file."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        entries = data.get("sources", []) if isinstance(data, dict) else None
        if not isinstance(entries, list) or not all(
                isinstance(e, dict) and isinstance(e.get("name"), str) for e in entries):
            raise ValueError("expected 'sources:' with a list of {name, aliases}")
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise input_error(str(path), "E110", str(exc).splitlines()[0]) from exc
    return entries


def is_demonym(word: str) -> bool:
    """ "Israeli", "Chinese", "British"; also "Western" and "Arab" ("Western officials")."""
    return (word.endswith(("an", "ian", "ese", "ish", "i")) and word[:1].isupper()) \
        or word in ("Western", "Arab")


@cache
def countries() -> frozenset[str]:
    """Country names and the words for them (a country is a place, rarely a claimant)."""
    return frozenset(str(n) for country, names in load("places").items()
                     for n in [country, *names])


@cache
def aliases() -> Aliases:
    """The bundled alias table, extended by the YAML file named in ``REPORTEDLY_ALIASES``."""
    extra = os.environ.get(ALIASES_ENV)
    return Aliases(Path(extra) if extra else None)


__all__ = ["Aliases", "Name", "aliases", "countries"]
