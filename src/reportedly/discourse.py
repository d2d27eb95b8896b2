"""What a document has said so far: the claimants it named, for carry-over and anaphora.

"The agency added …", "he said", "la misma fuente": a figure whose sentence names no claimant
takes the last fitting one the document named (:class:`Memory`).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reportedly.names import NAME_PARTICLES, ORG_HEADS, Name, aliases, countries, is_demonym

if TYPE_CHECKING:
    from reportedly.claimants import Attributor

#: The organisation at the end of a person's role ("secretario general de la OTAN").
ROLE_ORG = re.compile(r"\b(?:de la|del|de|of the|of)\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)$"
                      r"|^([A-Z]{2,}[\w.-]*)\s+[a-z]+$")  # "UNICEF spokesperson"

#: How many sentences back a name mentioned without a claim is looked for.
MENTION_WINDOW = 5


class Memory:
    """What a document has said so far: named claimants, for "the agency" and "he"."""

    def __init__(self) -> None:
        self.named: list[Name] = []
        self.unread: list[Attributor] = []
        #: The last sentences read, for names mentioned without a claim.
        self.sentences: deque[Attributor] = deque(maxlen=MENTION_WINDOW + 1)
        self.last: Name | None = None
        #: The claimant of the last figure attributed ("la misma fuente" after a relayed claim
        #: is the source, not the last outlet named).
        self.claimed: Name | None = None
        self.claimed_via: list[Name] = []
        #: The unnamed sources the last claim rests on ("a senior security official").
        self.claimed_basis: str | None = None
        #: Claimants that cited unnamed sources ("Reuters, citing a senior source").
        self.citing_unnamed: set[str] = set()

    def remember(self, name: Name, relays: Sequence[Name] = ()) -> None:
        self.last = name
        if name.named:
            self.named.append(name)
            if name.basis or any(not r.named for r in relays):
                self.citing_unnamed.add(name.canonical)

    def forget(self) -> None:
        """Drop the sentences kept for later reading (the document is done)."""
        self.sentences.clear()
        self.unread.clear()

    def later(self, attributor: Attributor) -> None:
        """A sentence without figures: its claimants are read only when one is recalled."""
        self.unread.append(attributor)

    def full_name(self, name: Name) -> Name:
        """A short mention of a claimant named in full before: "Shoigú" → "Serguéi Shoigú",
        "la Fiscalía" → "Fiscalía General de la República"."""
        short = name.canonical.casefold()
        if not short or len(short.split()) > 3:
            return name
        # as written, the name may say more than its canonical form: "the Sinaloa state
        # government" is not the "Sinaloa state prosecutor's office" named before
        written = name.text.casefold().split()
        written = " ".join(written[1:] if written[:1] in (["the"], ["el"], ["la"]) else written)
        short_form = f"({name.canonical})"
        acronym = name.canonical.isupper() and name.canonical.isalpha() \
            and 2 <= len(name.canonical) <= 6
        ends, starts = " " + short, short + " "  # a full name ends or starts with the short one
        for earlier in self.named[:-40:-1]:  # (the recent ones: a long document names many)
            if earlier.kind == "pair":
                continue  # ("Pfizer" is not "Pfizer and Seagen")
            if earlier.text.endswith(short_form):
                return replace(earlier, text=name.text)  # "la NDMA", named in full before
            if acronym and initials(earlier.canonical) == name.canonical:
                return replace(earlier, text=name.text)  # "the ONS", "the Office for National …"
            full = earlier.canonical.casefold()
            if not (full.endswith(ends) or full.startswith(starts)):
                continue  # (what every test below needs: most names share no word)
            if full != short and len(full) > len(short) and (
                    (full.endswith(ends) and looks_person(earlier))
                    or (full.startswith(starts) and " " not in short
                        and looks_person(earlier))  # "Tedros" for Tedros Adhanom
                    or (full.startswith(starts) and not looks_person(earlier)
                        and (full + " ").startswith(written + " "))
                    or (name.canonical.islower() and full.endswith(ends)
                        and not looks_person(earlier))  # "the civil defence"
                    or (full.endswith(ends) and not looks_person(earlier)
                        and len(full.split()) == len(short.split()) + 1
                        and is_demonym(earlier.canonical.split()[0]))):  # "the Red Crescent"
                return replace(earlier, text=name.text)
        return name

    def mentioned(self, kind: str, before: Attributor) -> Name | None:
        """The last organisation or person an earlier sentence named without a claim ("La ONG
        World Central Kitchen suspendió …", "la presidenta Dina Boluarte"): what "la
        organización" or "la mandataria" means when no claimant fits."""
        passed = before not in self.sentences  # (only the sentences before it)
        for attributor in reversed(self.sentences):
            if not passed:
                passed = attributor is before
                continue
            found = attributor.mention(kind)
            if found is not None:
                return found
        return None

    def opened(self, before: Attributor) -> Name | None:
        """The name that opened the sentence before ``before`` ("Nissan Motor will cut …"):
        what "the carmaker" means when no claimant fits."""
        earlier = list(self.sentences)
        k = earlier.index(before) if before in earlier else len(earlier)
        return earlier[k - 1].opening(business=True) if k > 0 else None

    def headed(self, head: str, kind: str | None, written: bool = False,
               bare: bool = True) -> Name | None:
        """The last organisation named whose name has the anaphor's noun ("the ministry" →
        "Ministry of Agriculture and Rural Development", past an outlet named since);
        ``written``: also as written ("el ministerio" → "el Ministerio de Defensa ruso", whose
        canonical name is English); "the agency" also finds a news agency as written ("South
        Korea's Yonhap news agency") when ``bare`` (not "the spy agency")."""
        if kind not in ("org", "media") or len(head) < 4:
            return None
        for name in self.named[:-12:-1]:
            if (head in name.canonical.casefold().split() or (
                    (written or (name.kind == "media" and head == "agency" and bare))
                    and head in name.text.casefold().split())) \
                    and not looks_person(name):
                return name
        return None

    def recall(self, kind: str, outlet: Callable[[Name], bool] | None = None,
               skip: Callable[[Name], bool] | None = None) -> Name | None:
        """The last claimant of ``kind`` named; for "the paper" (``kind`` media) the last news
        outlet first (``outlet`` tells one), though an organisation spoke after it."""
        unread, self.unread = self.unread, []
        for attributor in unread:  # in order, before anything said after them
            attributor.attribute([])
        if kind == "media" and outlet is not None:
            found = next((n for n in reversed(self.named) if n.kind == "media" or outlet(n)),
                         None)
            if found is not None:
                return found
        for name in reversed(self.named):
            if (skip is not None and skip(name)) or name.kind == "pair":
                continue  # (both sides of a deal: "the oil major" after them is one of them)
            if kind == "person" and (name.kind == "person" or looks_person(name)):
                return name
            if kind in ("org", "media") and (name.kind in (kind, None) or (
                    kind == "media" and name.kind == "org")) and not looks_person(name):
                return name  # ("el documento": a report by the organisation named before)
            if kind == "org" and name.role and looks_person(name):
                org = role_org(name.role)  # "UAW President Shawn Fain …; the union says"
                if org is not None:
                    return org
            if kind == "group":
                return name
        if kind == "media" and self.named and self.named[-1].role \
                and looks_person(self.named[-1]):
            # "El secretario general de la OTAN, Jens Stoltenberg, …; el organismo …" (for
            # "org", the loop above has read every officer's role already)
            org = role_org(self.named[-1].role or "")
            if org is not None:
                return org
        return next((n for n in reversed(self.named) if n.kind != "pair"), None) \
            if kind != "person" else None


def role_org(role: str) -> Name | None:
    """The organisation a person's role names: "secretario general de la OTAN" → OTAN,
    "UNICEF spokesperson" → UNICEF, "Australian Federal Police Commander" → Australian Federal
    Police."""
    found = ROLE_ORG.search(role)
    org = found and (found.group(1) or found.group(2))
    if not org:
        words = role.split()
        titles = aliases().titles
        while words and words[-1].casefold() in titles:
            words.pop()
        if 0 < len(words) < len(role.split()) and all(
                w[:1].isupper() for w in words) and not is_demonym(" ".join(words)):
            org = " ".join(words)
    if not org or org in countries():
        return None
    return aliases().resolve(org)


def initials(name: str) -> str:
    """ "Office for National Statistics" → "ONS": the capitals of a name's words."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


#: Last words of an English organisation's (or country's) name: "Edhi Foundation" and
#: "Democratic Republic" are no persons.
ORG_TAILS = ORG_HEADS | frozenset("""party union commission authority department university
    hospital network project organization organisation corporation company coalition alliance
    movement observatory society federation board bureau monitor tribunal press news times
    radio television channel airlines airways railways industries holdings energy health watch
    trust secretariat directorate republic kingdom states emirates islands""".split())


def looks_person(name: Name) -> bool:
    words = name.canonical.split()
    if name.kind is None and words and (words[0].casefold() in ORG_HEADS or (
            len(words) > 1 and words[-1].casefold() in ORG_TAILS)):
        return False  # "Foro Penal", "Salvamento Marítimo", "Cascos Blancos", "Edhi Foundation"
    if name.kind is None and name.role and words and words[0][:1].isupper() \
            and name.role.split()[0].casefold() in aliases().titles \
            and name.role.split()[0].casefold() not in aliases().descriptors \
            and all(w[:1].isupper() or w in NAME_PARTICLES or w in ("de", "del")
                    for w in words) and len(words) <= 4:
        return True  # "Tarek William Saab", given with his role ("el fiscal general")
    words = [w.split("-", 1)[1] if "-" in w and w.split("-", 1)[0] in NAME_PARTICLES
             and w.split("-", 1)[1][:1].isupper() else w for w in words]  # "al-Jalajel"
    return name.kind == "person" or (
        2 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in NAME_PARTICLES or w in ("de", "del") for w in words)
        and (len(words) == 2 or any(w in NAME_PARTICLES or w in ("de", "del") for w in words)
             or name.role is not None)  # ("the hospital's director, Mohammed Abu Salmiya")
        and name.kind is None and not name.canonical.isupper())


__all__ = ["Memory", "looks_person"]
