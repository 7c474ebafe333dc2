"""Mentions being resolved (`Candidate`) and what every stage of entity resolution
asks of names and people: normalised names, family names, a cluster's gender and
fullest name, seniority, and who a quotation is attributed to."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .names import (EAST_ASIAN_FAMILY_NAMES, FEMALE_GIVEN_NAMES, JAPANESE_FAMILY_NAMES, MALE_GIVEN_NAMES,
                    PLACE_PREFIXES, PRONOUN_GENDER)
from .syntax import SUBJECTS

POSSESSIVE = {"'s", "’s", "'", "’"}
PRONOUN_WINDOW = 3  # paragraphs to look back for a pronoun's antecedent
PERSONAL_PRONOUNS = {**PRONOUN_GENDER, "his": "m", "himself": "m", "hers": "f", "herself": "f"}


@dataclass
class Candidate:
    """A mention being resolved: char span, the name part, label and evidence."""

    start: int
    end: int
    name: str
    label: str
    gender: str | None = None
    titles: list[str] = field(default_factory=list)
    cluster: int = -1
    sent: int = -1  # char offset of the sentence the mention is in
    subject: bool = False  # the subject of its clause ("Lee Sang-hoon said ...")
    aside: bool = False  # in a quotation or a photo caption: says little about salience
    role: bool = False  # a description ("the company's founder"), never the entity's name
    rank: int = 0  # "the elder Mr Lee" 1, "the younger Mr Lee" -1
    age: int | None = None  # "Prakash Rao, 54,"
    generation: int = 0  # "his father, X" 1, "his son, X" -1: who is the elder of a family
    described: set[str] = field(default_factory=set)  # "pianist": "the pianist Choi Yu-na"
    honorific: str = ""  # "ms" for "Ms Fenwick", "dr" for "Dr. Sano": written with Mr, Ms, Dr, ...
    weak_gender: bool = False  # the gender is only the given name's usual one
    relation: str = ""  # "uncle of Tyler Brandt": a person the article never names
    nickname: bool = False  # "Gus" for Graham McInnes: a name, never the canonical one
    settled: bool = False  # placed by what the article says of kin ("his daughter"), not by recency


def doc_text(doc: Doc) -> str:
    """The document's text, built once: `Doc.text` joins every token on each call."""
    text = doc.user_data.get("dateline_text")
    if text is None:
        text = doc.user_data["dateline_text"] = doc.text
    return text


def describe(doc: Doc, start: int, end: int, cluster: int, clusters: list[list[Candidate]]) -> Candidate:
    """The description at start..end as a mention of the person of `cluster`, added to it."""
    role = Candidate(start, end, doc_text(doc)[start:end], "PERSON", cluster=cluster, role=True)
    clusters[cluster].append(role)
    return role


def name_ends(name: str) -> set[str]:
    """The first and last words of a name, normalised: a given name used alone is one.
    The middle word of a three-word name too, where Spanish puts the surname a short form
    uses ("Lucía Herrera Campos" is "Ms Herrera"), and the third of four ("María Fernanda
    Ruiz Soto" is "Ms Ruiz")."""
    parts = norm(name).split()
    western = bool(parts) and parts[0] not in EAST_ASIAN_FAMILY_NAMES
    # "María Fernanda Ruiz Soto" is "Ms Ruiz": two given names, then two surnames.
    middle = {parts[1]} if len(parts) == 3 and western else {parts[2]} if len(parts) == 4 and western else set()
    return {parts[0], parts[-1]} | middle if parts else set()


# Particles of a family name that a short form keeps: "Mr van der Meer" is Anouk or Jan van
# der Meer's "Meer", "Mr. dos Santos" João Batista dos Santos's "Santos" ("le", "la" and "bin" are left out: "Le" is a Vietnamese family name).
SURNAME_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "dela", "da", "di", "du", "ter", "ten",
                     "dos", "das", "do", "o", "ó", "ni", "ní", "te"}  # "Ó Briain", "Ní Bhriain", "Te Huia"


def surname_words(name: str) -> list[str]:
    """A name's normalised words, without the particles that open a family name used alone:
    "van der Meer" and "Van der Meer" are ["meer"], "De Wit" ["wit"]; "Anouk van der Meer"
    is unchanged."""
    parts = norm(name).split()
    rest = parts
    while len(rest) > 1 and rest[0] in SURNAME_PARTICLES:
        rest = rest[1:]
    return rest if len(rest) == 1 else parts


def double_surname(name: str) -> tuple[str, str] | None:
    """The two surnames of a Spanish-style name, father's first: "Jorge Luis Mamani
    Huamán" (two given names) and "Hernán Quispe Mamani" (a middle word no given name) are
    ("mamani", "huamán") and ("quispe", "mamani"). None for names with particles ("Jan van
    der Meer") and East Asian order."""
    parts = norm(name).split()
    if not parts or parts[0] in EAST_ASIAN_FAMILY_NAMES or not all(w[:1].isupper() for w in name.split()):
        return None
    if len(parts) == 4 or (len(parts) == 3 and parts[1] not in FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES):
        return parts[-2], parts[-1]
    return None


def same_family(a: str, b: str) -> bool:
    """Whether two full names share a family name: a word in common that is not a common
    given name ("Sano Keiko" and "Sano Hiroshi", "Lucía Herrera Campos" and "Ernesto
    Herrera Villa"; not "John Smith" and "John Brown")."""
    shared = set(norm(a).split()) & set(norm(b).split())
    return any(len(w) > 1 and w not in FEMALE_GIVEN_NAMES and w not in MALE_GIVEN_NAMES for w in shared)


def given_name_gender(name: str) -> str | None:
    """"Hillary Clinton" -> "f": the usual gender of a common given name, a weak clue."""
    words = norm(name).split()
    if len(words) < 2 or words[0] in PLACE_PREFIXES:  # "San Francisco" is no Francisco
        return None
    given = words[-1] if family_name(name) == words[0] else words[0]
    for word in (given, words[-1]) if len(words) == 2 else (given,):
        # "Sano Keiko": a Japanese name puts the given name last, with no table to say so.
        if word in FEMALE_GIVEN_NAMES:
            return "f"
        if word in MALE_GIVEN_NAMES:
            return "m"
    return None


# Family names that take the bearer's gender: Polish "Wróblewska" is a woman,
# "Wróblewski" a man; Russian and Bulgarian "Ivanova" a woman, "Ivanov" a man.
_FEMALE_SURNAME_ENDINGS = ("ska", "cka", "dzka", "ova", "eva", "yeva")
_MALE_SURNAME_ENDINGS = ("ski", "cki", "dzki", "ov", "ev", "yev")


def surname_gender(name: str) -> str | None:
    """"Dr Wróblewski" -> "m": the gender a Slavic family name carries, a weak clue."""
    words = norm(name).split()
    last = words[-1].split("-")[-1] if words else ""
    if len(last) < 5:
        return None
    return "f" if last.endswith(_FEMALE_SURNAME_ENDINGS) else "m" if last.endswith(_MALE_SURNAME_ENDINGS) else None


def overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def norm(name: str) -> str:
    """Comparison key: casefolded, accents and punctuation removed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s-]", " ", text.casefold()).split())


def family_name(name: str) -> str:
    """The family name: first token for East Asian order ("Ji Seong-ho"), else last."""
    parts = norm(name).split()
    if len(parts) == 2 and parts[1] in JAPANESE_FAMILY_NAMES and parts[0] not in JAPANESE_FAMILY_NAMES:
        return parts[1]  # "Ren Fujita": Ren is a Chinese family name, Fujita a Japanese one
    if len(parts) in (2, 3) and parts[0] in EAST_ASIAN_FAMILY_NAMES:
        return parts[0]  # "Wang Li", "Huang Lei": the given name may be a family name too
    return parts[-1] if parts else ""


def by_seniority(options: list[int], clusters: list[list[Candidate]], rank: int) -> int:
    """"the elder Mr. Lee": the one whose age is higher, else the one called a parent
    ("his father, Prakash Rao") rather than a child, else the one introduced first (news
    usually introduces the elder of a family first)."""
    ages = {i: cluster_age(clusters[i]) for i in options}
    known = all(a is not None for a in ages.values())

    def seniority(i: int) -> tuple[int, int, int]:
        generation = max((m.generation for m in clusters[i]), key=abs, default=0)
        return (ages[i] if known else 0, generation, -min(m.start for m in clusters[i]))
    ordered = sorted(options, key=seniority)
    return ordered[-1] if rank > 0 else ordered[0]


def is_person(cluster: list[Candidate]) -> bool:
    return bool(cluster) and cluster[0].label == "PERSON"


def is_name(m: Candidate) -> bool:
    """Whether a mention is a name, not a description or a pronoun."""
    return not m.role and m.name.lower() not in PERSONAL_PRONOUNS


def full_name(cluster: list[Candidate]) -> str:
    """The fullest name in the cluster (descriptions and pronouns are not names), a
    nickname only when there is no other."""
    names = [c for c in cluster if is_name(c)]
    proper = [c.name for c in names if not c.nickname]
    return max(proper or [c.name for c in names] or [c.name for c in cluster], key=lambda n: (len(n.split()), len(n)))


def unnamed(cluster: list[Candidate]) -> bool:
    """Whether the cluster is a person the article never names ("uncle of Tyler Brandt")."""
    return any(m.relation for m in cluster)


def cluster_gender(cluster: list[Candidate]) -> str | None:
    """The gender most members say; None when unknown or when the evidence is split."""
    votes = Counter(c.gender for c in cluster if c.gender).most_common()
    if not votes or (len(votes) > 1 and votes[0][1] == votes[1][1]):
        return None
    return votes[0][0]


def continues(doc: Doc, tok: Token) -> bool:
    """Whether the noun phrase goes on past `tok` ("the pianist Choi", "her husband's")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text in ("'s", "’s"))


def appositions(span: Span) -> list[Token]:
    """Nouns in apposition to a span, also where the parser split a hyphenated name and
    hung the apposition on a piece of it ("Kang Min-seok, the lead prosecutor,")."""
    root = span.root
    heads = [c for t in span for c in t.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
    if root.dep_ == "appos":
        heads.append(root.head)
    return heads


AGE_AFTER_NAME = re.compile(r",\s+(?:(?:now\s+|aged\s+)?(\d{1,3})\s*[,.]|an?\s+(\d{1,3})-year-old\b)")
AGE_WORD = re.compile(r"\b(\d{1,3})-year-old\b")


def age_after(text: str, end: int) -> int | None:
    """The age given right after a name ending at `end`: "Dr Osei, 35," -> 35, "Ifeanyi
    Okafor, a 33-year-old police sergeant" -> 33."""
    match = AGE_AFTER_NAME.match(text, end)
    return int(match.group(1) or match.group(2)) if match else None


def cluster_age(cluster: list[Candidate]) -> int | None:
    """The age the article gave a person, after a name or in a description bound to them
    ("The 24-year-old")."""
    ages = [m.age for m in cluster if m.age is not None]
    ages += [int(found.group(1)) for m in cluster if m.role for found in [AGE_WORD.search(m.name)] if found]
    return max(ages, default=None)


RANK_WORDS = {"elder": 1, "older": 1, "eldest": 1, "oldest": 1, "younger": -1, "youngest": -1}


def quoted_speaker(doc: Doc, quote: tuple[int, int], mentions: list[Candidate]) -> int | None:
    """The cluster of whoever a quotation is attributed to: the first person mentioned in
    the few words after it ("“...,” she said"), else the last one just before it ("Mr Rao
    said: “...”")."""
    text = doc_text(doc)
    # Never across a paragraph break: the next paragraph's first name is someone new.
    after = [m for m in mentions
             if quote[1] <= m.start < quote[1] + 40 and "\n" not in text[quote[1]:m.start]]
    if after:
        # "her daughter said": the daughter, not "her", which starts at the same place
        return min(after, key=lambda m: (m.start, m.start - m.end)).cluster
    # A quotation opening a paragraph of its own goes on with the speaker just before it.
    # Not an object there: "she said of the 58-year-old. “Now he says ...”" is still hers.
    before = [m for m in mentions if quote[0] - 40 <= m.start < quote[0] and m.end <= quote[0]
              and not is_object(doc, m)]
    if before:
        return max(before, key=lambda m: m.start).cluster
    # A quotation going on in the paragraph of an attributed one is the same speaker's:
    # "“...,” her daughter said in an interview. “She said that was fine ...”"
    # So is one after a long attribution naming no one else ("“...,” said Nguyen Hoang Anh,
    # a consumer-sector analyst at a brokerage in Hanoi. “The question is whether she ...”").
    earlier = [q for q in doc._.quoted or [] if q[1] <= quote[0] < q[1] + 200 and "\n" not in text[q[1]:quote[0]]]
    if not earlier:
        return None
    last = max(earlier)
    speaker = quoted_speaker(doc, last, mentions)
    if last[1] + 80 > quote[0]:
        return speaker
    named = {m.cluster for m in mentions if last[1] <= m.start < quote[0] and names_entity(m)}
    return speaker if named <= {speaker} else None


def opens_restriction(tok: Token) -> bool:
    """Whether the word after a noun restricts it to someone new: "the man who paid
    him", "the founder of a rival firm"."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("of", "who", "whom", "whose", "that")


def in_law(tok: Token) -> Token | None:
    """The "law" of "son-in-law" when `tok` is its first word, which the tokenizer splits
    into five tokens ("son", "-", "in", "-", "law")."""
    doc, i = tok.doc, tok.i
    if i + 4 < len(doc) and doc[i + 2].lower_ == "in" and doc[i + 4].lower_ == "law" and (
            doc[i + 1].text == "-" == doc[i + 3].text):
        return doc[i + 4]
    return None


def person_at(tok: Token, cands: list[Candidate]) -> Candidate | None:
    """The person mention covering a token (a name's last word, a description's head)."""
    return next((c for c in cands if c.label == "PERSON" and c.cluster >= 0 and c.start <= tok.idx < c.end), None)


def locate(doc: Doc, cand: Candidate) -> Span | None:
    """Record a mention's sentence and whether it is a subject ("The 24-year-old won ...
    He said"); the mention's span, or None where it does not fall on tokens."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is not None:
        cand.sent = span.sent.start_char
        cand.subject = span.root.dep_ in ("nsubj", "nsubjpass")
    return span


def enclosing_quote(doc: Doc, at: int) -> tuple[int, int] | None:
    """The quotation-mark span `at` falls in, if any."""
    return next((q for q in doc._.quoted or [] if q[0] <= at < q[1]), None)


def root_of(doc: Doc, cand: Candidate) -> Token | None:
    """The syntactic head of a mention's tokens, or None where it falls on no tokens."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span.root if span is not None else None


def is_subject(doc: Doc, cand: Candidate, of: Token | None = None) -> bool:
    """Whether a mention is a clause's subject (the subject of the verb `of`, if given)."""
    root = root_of(doc, cand)
    verb = _subject_verb(root) if root is not None else None
    return verb is not None and (of is None or verb.i == of.i)


def _subject_verb(root: Token) -> Token | None:
    """The verb a phrase is the subject of, also where the parser hung the subject on an
    opening phrase and left the verb without one: "Outside the unit, Jocelyn Bautista, 41,
    said"; and a name in apposition to the subject ("His replacement is ...: his nephew,
    Connor Walsh,")."""
    head = root
    while head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
        head = head.head
    if head.dep_ in SUBJECTS:
        return head.head
    if root.dep_ != "appos" or root.head.dep_ != "pobj" or root.head.head.dep_ != "prep":
        return None
    verb = root.head.head.head
    stray = verb.pos_ in ("VERB", "AUX") and root.i < verb.i and not any(c.dep_ in SUBJECTS for c in verb.children)
    return verb if stray else None


def is_object(doc: Doc, cand: Candidate, deps: tuple[str, ...] = ("dobj", "dative", "pobj")) -> bool:
    """Whether a mention is a verb's or preposition's object (of the kinds in `deps`)."""
    root = root_of(doc, cand)
    return root is not None and root.dep_ in deps


def main_clause_subject(doc: Doc, cand: Candidate) -> bool:
    """"Le Van Hieu said that Le Thu Ha would ...": he is the sentence's subject, she only
    the subject of a clause inside it."""
    root = root_of(doc, cand)
    verb = _subject_verb(root) if root is not None else None
    return root is not None and (root.head.dep_ == "ROOT" or verb is not None and verb.dep_ == "ROOT")


def most_named_besides(clusters: list[list[Candidate]], other_than: int) -> int | None:
    """The person an article names most often besides one, if clearly so: named at least
    twice, and more often than anyone else ("the challenger", "her co-founder")."""
    counts = sorted(((sum(names_entity(m) for m in members), cluster)
                     for cluster, members in enumerate(clusters) if cluster != other_than
                     and any(m.label == "PERSON" and names_entity(m) for m in members)), reverse=True)
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]


def lead_sentence(doc: Doc) -> Span | None:
    """A news article's first sentence, past a dateline the parser made a sentence of its
    own ("ESTES PARK, Colo. —")."""
    sents = list(doc.sents)
    if len(sents) > 1 and sents[0].text.rstrip().endswith(("—", "–", "--")):
        return sents[1]
    return sents[0] if sents else None


def window_start(doc: Doc, at: int) -> int:
    paras = [p for p in (doc._.paragraphs or [(0, len(doc_text(doc)))]) if p[0] <= at]
    return paras[max(0, len(paras) - PRONOUN_WINDOW)][0] if paras else 0


def names_entity(m: Candidate) -> bool:
    """Whether a mention names its entity (not "the 35-year-old", "he" or "His")."""
    return not m.role and m.name[0].isupper() and m.name.lower() not in PERSONAL_PRONOUNS


def majority_label(members: list[Candidate]) -> str:
    labels = Counter(m.label for m in members)
    return max(sorted(labels), key=lambda lab: (labels[lab], lab == "PERSON"))
