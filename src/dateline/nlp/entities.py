"""In-document entity resolution: repaired NER mentions clustered into entities.

`resolve_entities(doc)` is a pure function over a parsed Doc (with `doc._.captions` and
`doc._.quoted` from the segmenter); the `dateline_entities` component attaches its result.
Rules, in order: repair spaCy's spans (possessives, honorifics, titles, hyphenated given
names, people the model tagged as something else), cluster full names, attach short forms
("Mr Ji", "Kim") to a full name by name order, gender and salience, then bind descriptions
("the president", "a veteran negotiator", "the 35-year-old") and third-person pronouns.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Entity, Mention
from ..segment import inside
from . import extensions  # noqa: F401
from .component import Component
from .cues import EVENT_VERBS, REPORTING_VERBS
from .names import (EAST_ASIAN_FAMILY_NAMES, FEMALE_GIVEN_NAMES, FEMALE_WORDS, GENERIC_ORG_NOUNS,
                    HONORIFICS, KIN_WORDS, MALE_GIVEN_NAMES, MALE_WORDS, ORG_DESCRIBERS, ORG_HEAD_WORDS,
                    PERSON_NOUNS, PRONOUN_GENDER, TITLE_SYNONYMS, TITLES)
from .places import SEAT_OF_GOVERNMENT

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW",
                 "WORK_OF_ART"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")
PRONOUN_WINDOW = 3  # paragraphs to look back for a pronoun's antecedent
_PERSONAL_PRONOUNS = {**PRONOUN_GENDER, "his": "m", "himself": "m", "hers": "f", "herself": "f"}


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


@Language.factory("dateline_entities", assigns=["doc._.entities"],
                  requires=["doc.ents", "doc._.captions", "doc._.quoted"])
def make_entities(nlp: Language, name: str) -> "EntityResolver":
    return EntityResolver()


class EntityResolver(Component):
    attribute = "entities"

    def extract(self, doc: Doc) -> list[Entity]:
        return resolve_entities(doc)


def resolve_entities(doc: Doc) -> list[Entity]:
    """Entities of the document, each with every mention that refers to it."""
    cands = candidate_mentions(doc)
    clusters = cluster_names(cands)
    cands += role_mentions(doc, cands, clusters)
    cands += appositive_roles(doc, cands, clusters)
    cands += roles_said_before(doc, cands, clusters)
    cands += lead_description(doc, cands, clusters)
    cands += age_roles(doc, cands, clusters)
    cands += described_again(doc, cands, clusters)
    for cand in cands:
        if cand.role:
            _locate_role(doc, cand)
    cands += pronoun_mentions(doc, cands, clusters)
    cands += ages_after_pronouns(doc, cands, clusters)
    entities = to_entities(doc, cands, clusters)
    doc.user_data.pop("dateline_text", None)
    return entities


def _text(doc: Doc) -> str:
    """The document's text, built once: `Doc.text` joins every token on each call."""
    text = doc.user_data.get("dateline_text")
    if text is None:
        text = doc.user_data["dateline_text"] = doc.text
    return text


# 1. Candidate mentions --------------------------------------------------------------

def candidate_mentions(doc: Doc) -> list[Candidate]:
    """NER spans of entity labels, repaired, plus honorific + name spans NER missed."""
    credits = _credit_spans(doc)
    found: dict[tuple[int, int], Candidate] = {}
    # Honorific spans first: "Mr Choi" wins over an overlapping NER "Choi" labelled ORG.
    for span in _honorific_spans(doc) + _east_asian_names(doc) + list(doc.ents) + _missed_speakers(doc):
        cand = repair(span)
        if cand is None or any(a < cand.end and cand.start < b for a, b in credits):
            continue
        if not any(_overlaps(cand, other) for other in found.values()):
            found[(cand.start, cand.end)] = cand
    cands = sorted(found.values(), key=lambda c: c.start)
    cands = sorted(cands + _coordinated_given_names(doc, cands), key=lambda c: c.start)
    _people_labelled_org(cands, _text(doc))
    _short_org_names(cands)
    cands = sorted(cands + _bare_surnames(doc, cands), key=lambda c: c.start)
    cands = sorted(cands + _bare_given_names(doc, cands), key=lambda c: c.start)
    for cand in cands:
        _locate(doc, cand)
    _pronoun_gender(doc, cands)
    _genders_from_pronouns(doc, cands)
    return cands


def _coordinated_given_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Claire and Daniel Fenwick": the first given name shares the family name that ends
    the pair, so "Claire" is Claire Fenwick."""
    out = []
    for cand in cands:
        words = cand.name.split()
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if cand.label != "PERSON" or len(words) != 2 or span is None or span.start < 2:
            continue
        given, conj = doc[span.start - 2], doc[span.start - 1]
        if conj.lower_ != "and" or not given.is_title or given.pos_ != "PROPN":
            continue
        name = f"{given.text} {words[-1]}"
        tagged = [c for c in cands if (c.start, c.end) == (given.idx, given.idx + len(given.text))]
        if tagged and (tagged[0].label in _NOT_PLACES or tagged[0].label == "PERSON") and " " not in tagged[0].name:
            tagged[0].label, tagged[0].name = "PERSON", name  # the model may call "Claire" an ORG
        elif not tagged and not given.ent_type_:
            out.append(Candidate(given.idx, given.idx + len(given.text), name, "PERSON"))
    return out


def _people_labelled_org(cands: list[Candidate], text: str) -> None:
    """"The company's founder, Lydia Okoro" tagged ORG is a person when the article later
    calls her "Ms. Okoro", when the name starts with a common given name, or when a person
    in the article bears its last word as family name and an age follows it ("Tunde
    Adeyemi, 57," tagged GPE beside "Ngozi Adeyemi")."""
    honoured = {norm(c.name) for c in cands if c.label == "PERSON" and " " not in c.name
                and (c.gender or c.titles)}
    families = {family_name(c.name) for c in cands if c.label == "PERSON" and " " in c.name}
    for cand in cands:
        words = cand.name.split()
        if len(words) == 1 and cand.label in _NOT_PLACES and _named_before(cand, cands):
            cand.label = "PERSON"  # "Cole, 27," tagged PRODUCT after "Hannah Cole won"
            continue
        if cand.label not in ("ORG", "NORP", "GPE") or not 2 <= len(words) <= 3:
            continue
        if not all(_NAME_WORD.match(w) for w in words) or norm(words[-1]) in ORG_HEAD_WORDS:
            continue
        aged = age_after(text, cand.end) is not None  # "Tunde Adeyemi, 57,"
        initialled = len(words) == 2 and re.fullmatch(r"[A-Z]\.", words[0]) is not None  # "D. Brown"
        if norm(words[-1]) in honoured or given_name_gender(cand.name) or (
                (aged or initialled) and norm(words[-1]) in families):
            cand.label = "PERSON"


def _short_org_names(cands: list[Candidate]) -> None:
    """"Brenner" tagged PERSON after the company "Brenner Werkzeugbau" is the company, when
    no person of the article bears the name."""
    people = {w for c in cands if c.label == "PERSON" and " " in c.name for w in norm(c.name).split()}
    for cand in cands:
        if cand.label != "PERSON" or " " in cand.name or norm(cand.name) in people:
            continue
        if any(c.label == "ORG" and c.start < cand.start and norm(c.name).split()[0] == norm(cand.name)
               and " " in c.name for c in cands):
            cand.label = "ORG"


def _common_noun_use(doc: Doc, tok: Token) -> bool:
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i else None
    return (after is not None and after.pos_ in ("NOUN", "PROPN")) or (
        before is not None and before.pos_ == "DET")


_NOT_PLACES = {"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "LOC"}


def _named_before(cand: Candidate, cands: list[Candidate]) -> bool:
    """Whether a person's full name with this word as its family name or at either end
    ("Ella" after "Ella Fenwick") came earlier."""
    word = norm(cand.name)
    return any(c.label == "PERSON" and " " in c.name and c.start < cand.start
               and (word == family_name(c.name) or word in _name_ends(c.name)) for c in cands)


def _name_ends(name: str) -> set[str]:
    """The first and last words of a name, normalised: a given name used alone is one.
    The middle word of a three-word name too, where Spanish puts the surname a short form
    uses ("Lucía Herrera Campos" is "Ms Herrera")."""
    parts = norm(name).split()
    middle = {parts[1]} if len(parts) == 3 and parts[0] not in EAST_ASIAN_FAMILY_NAMES else set()
    return {parts[0], parts[-1]} | middle if parts else set()


def _same_family(a: str, b: str) -> bool:
    """Whether two full names share a family name: a word in common that is not a common
    given name ("Sano Keiko" and "Sano Hiroshi", "Lucía Herrera Campos" and "Ernesto
    Herrera Villa"; not "John Smith" and "John Brown")."""
    shared = set(norm(a).split()) & set(norm(b).split())
    return any(len(w) > 1 and w not in FEMALE_GIVEN_NAMES and w not in MALE_GIVEN_NAMES for w in shared)


def _bare_surnames(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Cole, 27, a teacher" after "Hannah Cole": a full name's family name standing alone,
    which the small model often leaves untagged."""
    family = {family_name(c.name): c for c in cands if c.label == "PERSON" and " " in c.name}
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in doc:
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title or tok.lower_ not in family:
            continue
        if tok.pos_ == "NOUN" and _common_noun_use(doc, tok):
            continue  # "Grant applications rose" after "Peter Grant"
        if family[tok.lower_].start > tok.idx or any(a < tok.idx + len(tok) and tok.idx < b for a, b in taken):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN":
            continue  # "Cole Street": part of another name
        out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON"))
    return out


def _bare_given_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"“Jae-won and I have argued,” she said" after "Lee Jae-won": a given name standing
    alone, in or out of a quotation, once the full name has been given."""
    given = {}
    for c in cands:
        parts = c.name.split()
        if c.label == "PERSON" and len(parts) == 2 and not c.role:
            name = parts[1] if norm(parts[0]) == family_name(c.name) else parts[0]
            given.setdefault(name, c.end)
    taken = [(c.start, c.end) for c in cands]
    out = []
    for name, after in given.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", _text(doc)):
            if hit.start() < after or any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is not None and span[0].is_sent_start and span[0].pos_ != "PROPN":
                continue  # "Will the council ...", "Mark the date"
            out.append(Candidate(hit.start(), hit.end(), name, "PERSON"))
    return out


def _locate(doc: Doc, cand: Candidate) -> None:
    """Record the sentence, and a gendered noun right before the name ("Kim Jong Un's
    sister, Kim Yo Jong") as the mention's gender."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return
    cand.sent = span.sent.start_char
    cand.subject = span.root.dep_ in ("nsubj", "nsubjpass")
    before = doc[span.start - 1].lower_ if span.start else ""
    cand.rank = _RANK_WORDS.get(before, 0)
    asides = [*(doc._.quoted or []), *((c.start, c.end) for c in doc._.captions or [])]
    cand.aside = inside(asides, cand.start, cand.end)
    cand.titles += _appositive_titles(span)
    prev = doc[span.start - 1] if span.start >= 1 else None
    if prev is not None and prev.is_punct and span.start >= 2:
        prev = doc[span.start - 2]
    cand.age = age_after(_text(doc), cand.end)
    kin = {prev.lower_ if prev is not None else ""} | {h.lower_ for h in _appositions(span)}
    cand.described = {h.lower_ for h in _appositions(span) if h.pos_ == "NOUN"}
    if prev is not None and prev.pos_ == "NOUN" and prev.is_lower:
        cand.described.add(prev.lower_)
    cand.generation = 1 if kin & _PARENTS else -1 if kin & _CHILDREN else 0
    if prev is not None and cand.gender is None and cand.label == "PERSON":
        if prev.lower_ in FEMALE_WORDS or prev.lower_ in MALE_WORDS:
            cand.gender = "f" if prev.lower_ in FEMALE_WORDS else "m"
    if cand.gender is None and cand.label == "PERSON":
        cand.gender = given_name_gender(cand.name)


def _pronoun_gender(doc: Doc, cands: list[Candidate]) -> None:
    """A full name's gender from the first personal pronoun after it in its sentence,
    when no other person comes between: "Han Mi-ok ... said she had not known", "Moon
    Ha-eun, 19, who won ... at her first championship". Run once every candidate exists."""
    starts = sorted(c.start for c in cands if c.label == "PERSON")
    for cand in cands:
        if cand.label != "PERSON" or cand.gender or cand.aside:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        stop = min((s for s in starts if s > cand.start), default=len(_text(doc)))
        gender = _first_pronoun_gender(doc, span.end, span.sent.end, stop)
        if " " in cand.name or (cand.subject and _subject_pronoun_follows(doc, span, gender)):
            cand.gender = gender  # "Dr Mori said she hoped": this Dr Mori is a woman


def _subject_pronoun_follows(doc: Doc, span: Span, gender: str | None) -> bool:
    """Whether the pronoun that gave `gender` is a clause subject ("said she hoped"), the
    only safe clue for a short form whose honorific has no gender ("Dr", "Prof")."""
    words = {"m": ("he",), "f": ("she",)}.get(gender or "", ())
    return any(t.lower_ in words and t.dep_ in ("nsubj", "nsubjpass") for t in doc[span.end:span.sent.end])


def _genders_from_pronouns(doc: Doc, cands: list[Candidate]) -> None:
    """A subject pronoun outside quotations teaches its likely antecedent, when that is a
    full name of unknown gender, its gender: "Abena Asante ... accused the minister.
    “...,” she said." makes her a woman before "Mr Asante" and "Ms Asante" are placed."""
    quoted = doc._.quoted or []
    persons = sorted((c for c in cands if c.label == "PERSON" and not c.aside), key=lambda c: c.start)
    for tok in doc:
        gender = {"he": "m", "she": "f"}.get(tok.lower_)
        if gender is None or tok.dep_ not in ("nsubj", "nsubjpass") or inside(quoted, tok.idx, tok.idx + 1):
            continue
        floor, sent_start = _window_start(doc, tok.idx), tok.sent.start_char
        pool = [c for c in persons if floor <= c.start < tok.idx and c.gender in (None, gender)]
        same = [c for c in pool if c.start >= sent_start]
        subjects = [c for c in pool if c.subject]
        best = (same or subjects or pool or [None])[-1]
        if best is not None and best.gender is None and " " in best.name:
            best.gender = gender


def _first_pronoun_gender(doc: Doc, begin: int, end: int, stop_char: int) -> str | None:
    """The gender of the first pronoun after a name in its sentence; a subject pronoun
    goes before a possessive or an object ("Seo Hye-jin, who campaigned for his release,
    said she ...": "his" is someone else's)."""
    quoted = doc._.quoted or []
    tokens = doc[begin:end]
    subject = next((t for t in tokens if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")
                    and t.idx < stop_char and not inside(quoted, t.idx, t.idx + 1)), None)
    for tok in tokens:
        if subject is not None and tok.lower_ in _PERSONAL_PRONOUNS and tok.tag_ == "PRP$":
            continue
        if tok.idx >= stop_char:
            return None
        if inside(quoted, tok.idx, tok.idx + 1):
            continue
        if tok.tag_ == "PRP$" and tok.head.dep_ == "attr" and tok.head.lower_ in FEMALE_WORDS | MALE_WORDS:
            # "Huang Zhiwei, who is her father": the predicate noun tells his gender.
            return "f" if tok.head.lower_ in FEMALE_WORDS else "m"
        if tok.lower_ in _PERSONAL_PRONOUNS:
            gender = _PERSONAL_PRONOUNS[tok.lower_]
            # "She attended a lunch with Moon Jae-in and extended an invitation from her
            # brother": the pronoun goes on with the sentence's subject, said before.
            said = any(t.lower_ in _PERSONAL_PRONOUNS and _PERSONAL_PRONOUNS[t.lower_] == gender
                       and t.dep_ in ("nsubj", "nsubjpass") for t in doc[tok.sent.start:begin])
            return None if said else gender
        if tok.lower_ in FEMALE_WORDS or tok.lower_ in MALE_WORDS:
            if tok.dep_ == "appos" and begin - 1 <= tok.head.i < begin:
                return "f" if tok.lower_ in FEMALE_WORDS else "m"  # "Oh Byung-chul, the chairman,"
            return None  # "his wife, who said she ...": the pronoun may be the wife's
    return None


def given_name_gender(name: str) -> str | None:
    """"Hillary Clinton" -> "f": the usual gender of a common given name, a weak clue."""
    words = norm(name).split()
    if len(words) < 2:
        return None
    given = words[-1] if family_name(name) == words[0] else words[0]
    for word in (given, words[-1]) if len(words) == 2 else (given,):
        # "Sano Keiko": a Japanese name puts the given name last, with no table to say so.
        if word in FEMALE_GIVEN_NAMES:
            return "f"
        if word in MALE_GIVEN_NAMES:
            return "m"
    return None


def _credit_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for cap in doc._.captions or []:
        if cap.credit:
            at = cap.text.rfind(cap.credit)
            spans.append((cap.start + at - 1, cap.start + at + len(cap.credit) + 1))
    return spans


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _honorific_spans(doc: Doc) -> list[Span]:
    """"Mr Ji", "Ms Kim": an honorific and capitalised words, which NER sometimes misses."""
    spans = []
    for tok in doc[:-1]:
        if tok.lower_ in HONORIFICS and tok.text[0].isupper():
            end = tok.i + 1
            while end < len(doc) and _NAME_WORD.match(doc[end].text) and end - tok.i <= 3:
                end += 1
            if end > tok.i + 1:
                spans.append(Span(doc, tok.i, end, label="PERSON"))
    return spans


def _east_asian_names(doc: Doc) -> list[Span]:
    """"Han Mi-ok", "Park Min-seo": a Korean or Chinese family name and a hyphenated given
    name are a person, which the small model often misses or labels ORG."""
    spans = []
    for tok in doc[:-3]:
        given, hyphen, rest = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
        if (tok.is_title and tok.lower_ in EAST_ASIAN_FAMILY_NAMES and given.is_title
                and given.is_alpha and hyphen.text == "-" and not given.whitespace_
                and not hyphen.whitespace_ and rest.is_alpha and rest.is_lower):
            spans.append(Span(doc, tok.i, tok.i + 4, label="PERSON"))
    return spans


def _missed_speakers(doc: Doc) -> list[Span]:
    """Two or three capitalised proper nouns that NER left out, but which are the subject
    of a reporting verb, carry a role in apposition ("Alasdair Munro, the council leader,
    denied ..."), or open with a common given name ("STOCKPORT, England — Tunde Bakare
    scored twice"): a person."""
    spans = []
    for tok in doc:
        if tok.ent_type_ or tok.pos_ != "PROPN" or tok.dep_ not in ("nsubj", "nsubjpass", "appos"):
            continue
        left = tok.i
        while left > 0 and doc[left - 1].pos_ == "PROPN" and not doc[left - 1].ent_type_ and tok.i - left < 2:
            left -= 1
        words = doc[left:tok.i + 1]
        if len(words) >= 2 and all(w.is_title and w.is_alpha for w in words) and (
                _person_context(tok) or given_name_gender(words.text)):
            spans.append(Span(doc, left, tok.i + 1, label="PERSON"))
    return spans


def _person_context(head: Token) -> bool:
    role = any(c.dep_ == "appos" and c.lower_ in TITLES for c in head.children)
    speaks = head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS
    # "her husband, Tunde Adeyemi": a name in apposition to a kinship word or a title.
    kin = head.dep_ == "appos" and head.head.lower_ in TITLES | FEMALE_WORDS | MALE_WORDS
    return role or speaks or kin


def repair(span: Span) -> Candidate | None:
    """Fix a NER span: trim determiners and possessives, take in honorifics and hyphenated
    given names, and move leading titles into attributes. None if nothing is left."""
    if span.label_ not in ENTITY_LABELS:
        return None
    doc, start, end = span.doc, span.start, span.end
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
                           or any(ch.isdigit() for ch in doc[end - 1].text)):
        end -= 1  # "Ji's", "Rakhimov 6-4 3-6 7-5"
    for i in range(end - 2, start, -1):
        # "China's Ministry of Commerce": the possessor is an entity of its own.
        if doc[i].text in ("'s", "’s") and doc[i + 1].is_title:
            start = i + 1
            break
    end = _extend_spaced_syllable(doc, start, _extend_hyphenated(doc, end))
    if start < end and doc[start].lower_ in HONORIFICS and doc[start].text[0].isupper():
        return _person(doc, start, end)  # "Mr Park" is a person whatever NER labelled it
    if end - start == 1 and _named_relative(doc[start]):
        return _person(doc, start, end)  # "her twin sister, Grace" tagged ORG
    described_org = start > 0 and doc[start - 1].lower_ in ORG_DESCRIBERS  # "the maker Brenner"
    if span.label_ == "PERSON" and doc[end - 1].lower_ not in ORG_HEAD_WORDS and not described_org:
        return _person(doc, start, end)
    label = "ORG" if span.label_ == "PERSON" else span.label_
    if start >= end:
        return None
    text = doc[start:end].text
    return Candidate(doc[start].idx, doc[start].idx + len(text), text, label)


def _named_relative(tok: Token) -> bool:
    """A one-word name in apposition to a kin word or a noun for a person: "her twin
    sister, Grace", "the striker, Bakare"."""
    head = tok.head
    return (tok.dep_ == "appos" and tok.is_title and head.pos_ == "NOUN"
            and head.lower_ in KIN_WORDS.keys() | PERSON_NOUNS)


def _extend_hyphenated(doc: Doc, end: int) -> int:
    # "Moon Jae" + "-" + "in": a hyphenated given name split by the tokenizer.
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    return end


def _extend_spaced_syllable(doc: Doc, start: int, end: int) -> int:
    """"Moon Jae In": the model stops a Korean name written without its hyphen before a
    last syllable that looks like a word ("In", "Un"); a capitalised short word right
    after a two-word family-first name belongs to it."""
    if end - start != 2 or doc[start].lower_ not in EAST_ASIAN_FAMILY_NAMES or end >= len(doc):
        return end
    nxt = doc[end]
    # Right after a name word with no stop between, "In" cannot open a sentence, whatever
    # the parser says.
    if nxt.is_title and nxt.is_alpha and len(nxt.text) <= 3 and not nxt.ent_type_ and doc[end - 1].whitespace_:
        return end + 1
    return end


def _person(doc: Doc, start: int, end: int) -> Candidate | None:
    titles = _titles_before(doc, start)
    mention_start = start
    if start > 0 and doc[start - 1].lower_ in HONORIFICS and doc[start - 1].text[0].isupper():
        mention_start = start - 1
    gender = None
    while start < end and (doc[start].lower_ in HONORIFICS or doc[start].lower_ in TITLES):
        word = doc[start].lower_
        if word in HONORIFICS:
            gender = HONORIFICS[word]
        else:
            titles.append(doc[start].text)
        start += 1
    if mention_start < start and doc[mention_start].lower_ in HONORIFICS:
        gender = gender or HONORIFICS[doc[mention_start].lower_]
    else:
        mention_start = start
    if start >= end:
        return None
    end = _extend_spaced_syllable(doc, start, end)  # after the titles: "President Moon Jae In"
    first, last = doc[mention_start], doc[end - 1]
    name = doc[start:end].text
    return Candidate(first.idx, last.idx + len(last.text), name, "PERSON", gender,
                     titles, -1)


def _titles_before(doc: Doc, start: int) -> list[str]:
    """Title words right before a name: "President", "Trade minister"."""
    titles, i = [], start - 1
    while i >= 0 and (doc[i].lower_ in TITLES or (titles and doc[i].pos_ == "PROPN" and i == start - 2)):
        titles.insert(0, doc[i].text)
        i -= 1
    return [" ".join(titles)] if titles else []


def _appositive_titles(span: Span) -> list[str]:
    """Roles in apposition: "Alasdair Munro, the council leader"; "the transport
    minister, Funke Adeyemi"."""
    return [n.text.lower() for n in _appositions(span) if n.lower_ in TITLES]


# 2. Clustering names ----------------------------------------------------------------

def norm(name: str) -> str:
    """Comparison key: casefolded, accents and punctuation removed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s-]", " ", text.casefold()).split())


def family_name(name: str) -> str:
    """The family name: first token for East Asian order ("Ji Seong-ho"), else last."""
    parts = norm(name).split()
    if len(parts) in (2, 3) and parts[0] in EAST_ASIAN_FAMILY_NAMES:
        return parts[0]  # "Wang Li", "Huang Lei": the given name may be a family name too
    return parts[-1] if parts else ""


def cluster_names(cands: list[Candidate]) -> list[list[Candidate]]:
    """Group candidates: identical names, then short person forms onto full names."""
    clusters: list[list[Candidate]] = []
    by_key: dict[tuple, int] = {}
    for cand in sorted(cands, key=lambda c: (-len(norm(c.name).split()), c.start)):
        # "Mr Choi" and "Ms Choi" in one article are two people, and "the elder Mr Choi" is
        # not "the younger": gender and seniority are part of the key.
        key = (norm(cand.name), _type_group(cand.label), cand.gender if " " not in cand.name else None,
               cand.rank)
        if key not in by_key:
            target = _short_form_target(cand, clusters) if cand.label == "PERSON" else None
            if target is None and cand.label == "PERSON":
                target = _initialled_target(cand, clusters)
            if target is None and cand.label == "PERSON":
                target = _longer_name_target(cand, clusters)
            if target is None:
                clusters.append([])
                target = len(clusters) - 1
            by_key[key] = target
        cand.cluster = by_key[key]
        clusters[cand.cluster].append(cand)
    _settle_short_forms(cands, clusters)
    return clusters


def _type_group(label: str) -> str:
    # spaCy labels one country GPE or NORP or LOC by context; keep those apart from people.
    return label if label == "PERSON" else "OTHER"


def _short_form_target(cand: Candidate, clusters: list[list[Candidate]]) -> int | None:
    """A one-word person name joins the full name whose family name (or, failing that,
    any end of the name) it is; candidates are filtered by gender, then by recency."""
    words = norm(cand.name).split()
    if len(words) != 1:
        return None
    options = [i for i, c in enumerate(clusters) if _is_person(c) and words[0] == family_name(_full(c))]
    chosen = _pick(cand, _not_named_alongside(cand, options, clusters), clusters)
    if chosen is not None:
        return chosen
    # Failing a family name that fits, either end of a name ("Ren Sano", where Ren could
    # be a Chinese family name; a given name used alone).
    ends = [i for i, c in enumerate(clusters) if _is_person(c) and words[0] in _name_ends(_full(c))]
    return _pick(cand, _not_named_alongside(cand, ends, clusters), clusters)


def _longer_name_target(cand: Candidate, clusters: list[list[Candidate]]) -> int | None:
    """"Andrés Herrera" is the one "Andrés Herrera Campos" the article names."""
    words = norm(cand.name).split()
    if len(words) != 2:
        return None
    options = [i for i, c in enumerate(clusters) if _is_person(c) and norm(_full(c)).split()[:2] == words
               and len(norm(_full(c)).split()) == 3]
    return options[0] if len(options) == 1 else None


def _initialled_target(cand: Candidate, clusters: list[list[Candidate]]) -> int | None:
    """"I. Okafor" is the one Okafor whose given name starts with I ("Ifeanyi Okafor")."""
    words = cand.name.split()
    if len(words) != 2 or not re.fullmatch(r"[A-Z]\.?", words[0]):
        return None
    options = [i for i, c in enumerate(clusters) if _is_person(c) and len(_full(c).split()) >= 2
               and family_name(_full(c)) == norm(words[1]) and family_name(_full(c)) != norm(_full(c).split()[0])
               and _full(c)[0] == words[0][0]]
    return options[0] if len(options) == 1 else None


def _not_named_alongside(cand: Candidate, options: list[int], clusters: list[list[Candidate]]) -> list[int]:
    """News names a person in full, then shortens the name in later sentences: a short
    form is someone else than a namesake named in full earlier in its own sentence ("Wang
    Jun, who is not related to Ms. Wang"), when there is someone else."""
    others = [i for i in options if not any(
        m.sent == cand.sent and m.start < cand.start and " " in m.name for m in clusters[i])]
    return others or options


def _pick(cand: Candidate, options: list[int], clusters: list[list[Candidate]]) -> int | None:
    if not options:
        return None
    if cand.titles:
        # "President Moon" is the Moon the article called president, whoever came last.
        titled = [i for i in options if any(set(cand.titles) & set(m.titles) for m in clusters[i])]
        options = titled or options
    if cand.described:
        # "Ms. Choi, the pianist" is the Choi the article called a pianist.
        same = [i for i in options if any(cand.described & m.described for m in clusters[i])]
        options = same or options
    if cand.gender:
        # A person of unknown gender stays a candidate beside those known to match: the
        # more recent one wins ("Huang Zhiwei ... Huang Lei, who oversees ... Mr Huang").
        options = [i for i in options if cluster_gender(clusters[i]) in (cand.gender, None)]
    if not options:
        return None
    before = [i for i in options if any(m.start < cand.start for m in clusters[i])]
    if cand.rank and len(before) > 1:
        return _by_seniority(before, clusters, cand.rank)
    return max(before or options, key=lambda i: _salience(clusters[i], cand.start))


_PARENTS = {"father", "mother", "grandfather", "grandmother", "dad", "mum", "mom"}
_CHILDREN = {"son", "daughter", "grandson", "granddaughter"}


def _by_seniority(options: list[int], clusters: list[list[Candidate]], rank: int) -> int:
    """"the elder Mr. Lee": the one whose age is higher, else the one called a parent
    ("his father, Prakash Rao") rather than a child, else the one introduced first (news
    usually introduces the elder of a family first)."""
    ages = {i: max((m.age for m in clusters[i] if m.age is not None), default=None) for i in options}
    known = all(a is not None for a in ages.values())

    def seniority(i: int) -> tuple[int, int, int]:
        generation = max((m.generation for m in clusters[i]), key=abs, default=0)
        return (ages[i] if known else 0, generation, -min(m.start for m in clusters[i]))
    ordered = sorted(options, key=seniority)
    return ordered[-1] if rank > 0 else ordered[0]


def _salience(cluster: list[Candidate], at: int) -> tuple[int, int, int]:
    """Rank for a short form at `at`: the latest sentence naming the entity outside a
    quotation or caption wins; in that sentence a subject wins ("Lee Sang-hoon said he would hand
    control to his son, Lee Jae-won. Mr. Lee's decision ..."), the first-named subject
    if there are two, else the entity named last."""
    earlier = [m for m in cluster if m.start < at and not m.aside] or [
        m for m in cluster if m.start < at]
    if not earlier:
        return (-1, 0, 0)
    last_sent = max(m.sent for m in earlier)
    there = [m for m in earlier if m.sent == last_sent]
    subjects = [m.start for m in there if m.subject]
    if subjects:
        return (last_sent, 1, -min(subjects))
    return (last_sent, 0, max(m.start for m in there))


def _settle_short_forms(cands: list[Candidate], clusters: list[list[Candidate]]) -> None:
    """Clusters are built longest-name first, so a short form may have been placed before
    every gender clue was known; re-pick each one-word person mention now."""
    for cand in cands:
        if cand.label != "PERSON" or len(norm(cand.name).split()) != 1 or not cand.gender:
            continue
        target = _short_form_target(cand, [c if c is not clusters[cand.cluster] else
                                           [m for m in c if m is not cand] for c in clusters])
        if target is not None and target != cand.cluster:
            clusters[cand.cluster].remove(cand)
            cand.cluster = target
            clusters[target].append(cand)


def _is_person(cluster: list[Candidate]) -> bool:
    return bool(cluster) and cluster[0].label == "PERSON"


def _full(cluster: list[Candidate]) -> str:
    """The fullest name in the cluster (descriptions and pronouns are not names)."""
    names = [c.name for c in cluster if not c.role and c.name.lower() not in _PERSONAL_PRONOUNS]
    return max(names or [c.name for c in cluster], key=lambda n: (len(n.split()), len(n)))


def cluster_gender(cluster: list[Candidate]) -> str | None:
    """The gender most members say; None when unknown or when the evidence is split."""
    votes = Counter(c.gender for c in cluster if c.gender).most_common()
    if not votes or (len(votes) > 1 and votes[0][1] == votes[1][1]):
        return None
    return votes[0][0]


# 3. Roles and pronouns --------------------------------------------------------------

def role_mentions(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the president" binds to the person most recently given that title by name; "the
    ministry" to the latest organisation with that word in its name. Inside a quotation
    the role is never the one quoted ("“The minister asked good questions,” Mr Kerrigan
    said", though he is a minister too)."""
    out = []
    quoted = doc._.quoted or []
    people = [c for c in cands if c.label == "PERSON"]
    for tok in doc[1:]:
        if doc[tok.i - 1].lower_ != "the" or not tok.is_lower:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("PROPN", "NOUN"):
            continue
        quote = next((q for q in quoted if q[0] <= tok.idx < q[1]), None)
        holder = _role_holder(tok, cands, _quoted_speaker(doc, quote, people) if quote else None)
        if holder is not None:
            label = clusters[holder][0].label
            out.append(Candidate(doc[tok.i - 1].idx, tok.idx + len(tok.text), "the " + tok.text,
                                 label, cluster=holder))
            clusters[holder].append(out[-1])
    return out


def appositive_roles(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A description in apposition to a person's name is a mention of that person: "Kim
    Chol-ho, a veteran negotiator", "the unification minister, Kim Seo-yeon", "his son,
    Lee Jae-won". The mention runs from the description's first word to its head noun."""
    out = []
    taken = {(c.start, c.end) for c in cands}
    for cand in cands:
        if cand.label != "PERSON" or cand.role:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        for head in _appositions(span):
            if head.pos_ != "NOUN" or head.i in range(span.start, span.end):
                continue
            start = head.left_edge
            role = Candidate(start.idx, head.idx + len(head.text), _text(doc)[start.idx:head.idx + len(head.text)],
                             "PERSON", cluster=cand.cluster, role=True)
            if (role.start, role.end) not in taken and not _overlaps(role, cand):
                taken.add((role.start, role.end))
                out.append(role)
                clusters[cand.cluster].append(role)
    return out


def lead_description(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A news lead that opens on a description ("The founder of Gulf Crest Shipping said
    ...", "A businessman accused of cheating pensioners went on trial ...") is about the
    person the body names next: the one holding that title, else the first person named
    after the lead whose gender fits the lead's pronouns ("that she step aside")."""
    sents = list(doc.sents)
    if not sents:
        return []
    lead = sents[0]
    head = next((t for t in lead.root.children if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                 and t.is_lower and t.tag_ == "NN" and t.lower_ in PERSON_NOUNS), None)
    if head is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in head.children):
        return []
    start = min(c.idx for c in head.children if c.dep_ == "det")
    end = head.idx + len(head.text)
    if any(c.start < end and start < c.end for c in cands if c.label == "PERSON"):
        return []
    holder = _lead_holder(doc, head, lead, cands, clusters)
    if holder is None:
        return []
    role = Candidate(start, end, _text(doc)[start:end], "PERSON", cluster=holder, role=True)
    clusters[holder].append(role)
    return [role]


def _lead_holder(doc: Doc, head: Token, lead: Span, cands: list[Candidate],
                 clusters: list[list[Candidate]]) -> int | None:
    titled = _title_holder(head.lower_, head.idx, cands) if head.lower_ in TITLES else None
    if titled is not None:
        return titled
    gender = ("m" if head.lower_ in MALE_WORDS else "f" if head.lower_ in FEMALE_WORDS else
              next((PRONOUN_GENDER[t.lower_] for t in doc[head.i + 1:lead.end]
                    if t.lower_ in ("he", "she") and not inside(doc._.quoted or [], t.idx, t.idx + 1)), None))
    later = [c for c in cands if c.label == "PERSON" and not c.role and c.start >= lead.end_char
             and " " in c.name and (gender is None or cluster_gender(clusters[c.cluster]) in (None, gender))]
    return later[0].cluster if later else None


_ROLE_MODIFIERS = {"new", "former", "outgoing", "incoming", "acting", "then"}


def roles_said_before(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"The chief executive said ..." is the person an earlier sentence gave that role in
    passing: "Ms. Okoro, who is also Fernleaf's chief executive", "Liu Jianguo, who as
    vice minister of commerce ...", "has named Huang Xinyi as its chief executive"."""
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in doc:
        found = _title_phrase(doc, tok) if tok.lower_ == "the" else None
        if found is None:
            continue
        phrase, head = found
        end = head.idx + len(head.text)
        if any(a < end and tok.idx < b for a, b in taken):
            continue
        holder = _phrase_holder(doc, phrase, tok.idx, cands)
        if holder is not None:
            role = Candidate(tok.idx, end, _text(doc)[tok.idx:end], "PERSON", cluster=holder, role=True)
            out.append(role)
            clusters[holder].append(role)
    return out


def _title_phrase(doc: Doc, the: Token) -> tuple[str, Token] | None:
    """("chief executive", executive) for "the new chief executive said"."""
    i = the.i + 1
    if i < len(doc) and doc[i].lower_ in _ROLE_MODIFIERS:
        i += 1
    j = i
    while j < len(doc) and j < i + 3 and doc[j].is_lower and doc[j].lower_ in TITLES:
        j += 1
    if j == i or doc[j - 1].pos_ != "NOUN":
        return None
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ == "of" or nxt.text in _POSSESSIVE):
        return None
    return " ".join(t.lower_ for t in doc[i:j]), doc[j - 1]


def _phrase_holder(doc: Doc, phrase: str, at: int, cands: list[Candidate]) -> int | None:
    """The person named, before it, in the latest earlier sentence that uses `phrase`."""
    people = [c for c in cands if c.label == "PERSON" and not c.role]
    hits = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", _text(doc).lower())
            if m.start() < at]
    for hit in reversed(hits):
        sent = doc.char_span(hit, hit + len(phrase), alignment_mode="expand")
        if sent is None or sent.sent.start_char <= at < sent.sent.end_char:
            continue
        if sent.start and doc[sent.start - 1].lower_ in ("the", "a", "an", "another"):
            continue  # "Mr Lee met the minister": the role is someone else's
        named = [c for c in people if sent.sent.start_char <= c.start < hit
                 and not re.match(r"['’]s?\s*$", _text(doc)[c.end:hit])]  # not "Corvane's"
        if named:
            return named[-1].cluster
    return None


_DESCRIBERS = {"the", "his", "her", "their"}


def described_again(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A description the article already gave someone names them again: after "her
    husband, Chukwudi Eze" or "the pianist Choi Yu-na", a later "her husband" or "the
    pianist" is that person (the latest one so described)."""
    described: list[tuple[int, str, int]] = [
        (c.start, c.name.split()[-1].lower(), c.cluster) for c in cands if c.role]
    described += [(c.start, word, c.cluster) for c in cands if c.label == "PERSON" and not c.role
                  for word in [_noun_before(doc, c)] if word]
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in doc[1:]:
        det = doc[tok.i - 1]
        if tok.pos_ != "NOUN" or det.lower_ not in _DESCRIBERS or _continues(doc, tok):
            continue
        if tok.lower_ in KIN_WORDS and det.lower_ != "the":
            continue  # "her brother" is whoever her brother is: see Kinship
        earlier = [d for d in described if d[1] == tok.lower_ and d[0] < det.idx]
        if not earlier or any(a < tok.idx + len(tok) and det.idx < b for a, b in taken):
            continue
        cluster = max(earlier)[2]
        role = Candidate(det.idx, tok.idx + len(tok.text), _text(doc)[det.idx:tok.idx + len(tok.text)],
                         "PERSON", cluster=cluster, role=True)
        out.append(role)
        clusters[cluster].append(role)
    return out


def _noun_before(doc: Doc, cand: Candidate) -> str | None:
    """"pianist" in "the pianist Choi Yu-na": a lower-case noun right before a name."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev = doc[span.start - 1]
    return prev.lower_ if prev.pos_ == "NOUN" and prev.is_lower else None


def _continues(doc: Doc, tok: Token) -> bool:
    """Whether the noun phrase goes on past `tok` ("the pianist Choi", "her husband's")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text in ("'s", "’s"))


def _appositions(span: Span) -> list[Token]:
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        heads.append(root.head)
    return heads


_AGE_ROLE = re.compile(r"\b[Tt]he (\d{1,3})-year-old\b(?!\s+[a-z]+\s+of\b)")
_AGE_AFTER_NAME = re.compile(r",\s+(\d{1,3})\s*,")


def age_after(text: str, end: int) -> int | None:
    """The age given right after a name ending at `end`: "Dr Osei, 35," -> 35."""
    match = _AGE_AFTER_NAME.match(text, end)
    return int(match.group(1)) if match else None


def age_roles(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the 35-year-old" is the person whose age the article gave as 35 ("Dr Osei, 35,");
    with no age given, a sentence opening "The 24-year-old" goes on about the subject of
    the sentence before ("Chinedu Okafor won the marathon ... The 24-year-old, running
    only his second marathon, ...")."""
    out = []
    people = [c for c in cands if c.label == "PERSON" and not c.role]
    for m in _AGE_ROLE.finditer(_text(doc)):
        age = int(m.group(1))
        ages = [c for c in people if c.start < m.start() and c.age == age]
        holder = ages[-1].cluster if ages else _previous_subject(doc, m.start(), age, people, clusters)
        if holder is not None:
            role = Candidate(m.start(), m.end(), m.group(), "PERSON", cluster=holder, role=True)
            out.append(role)
            clusters[role.cluster].append(role)
    return out


def _previous_subject(doc: Doc, at: int, age: int, people: list[Candidate],
                      clusters: list[list[Candidate]]) -> int | None:
    """The subject of the sentence before the one that starts at `at`, if it is a person
    whose age, if given, is `age`."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.sent.start_char != at or span.sent.start == 0:
        return None
    before = doc[span.sent.start - 1].sent
    subjects = [c for c in people if before.start_char <= c.start < before.end_char and c.subject
                and not c.aside]
    if not subjects:
        return None
    cluster = subjects[0].cluster
    known = {c.age for c in clusters[cluster] if c.age is not None}
    return cluster if known <= {age} else None


def ages_after_pronouns(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """An age description still unbound once pronouns are known is the person the last
    sentence before it was about, named or not: "“...,” she said. The 81-year-old trained
    as a nurse"; "she still dives most mornings. “Nothing, probably,” the 79-year-old said"."""
    taken = {c.start for c in cands}
    text = _text(doc)
    out = []
    for m in _AGE_ROLE.finditer(text):
        if m.start() in taken:
            continue
        # Opening a sentence or naming a quotation's speaker, it goes on about the last
        # sentence's subject; inside a sentence ("the president introduced Mr Ji, and the
        # 35-year-old waved"), about the person named last before it.
        opens = m.group()[0] == "T" or re.search(r"[”\"],?\s*$", text[max(0, m.start() - 4):m.start()])
        holder = (_last_subject_before if opens else _last_named_here)(doc, m.start(), int(m.group(1)),
                                                                        cands, clusters)
        if holder is not None:
            role = Candidate(m.start(), m.end(), m.group(), "PERSON", cluster=holder, role=True)
            out.append(role)
            clusters[holder].append(role)
    return out


def _last_named_here(doc: Doc, at: int, age: int, cands: list[Candidate],
                     clusters: list[list[Candidate]]) -> int | None:
    """The person named last before `at` in its own sentence, if their age fits."""
    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None:
        return None
    named = [c for c in cands if c.label == "PERSON" and here.sent.start_char <= c.start < at and _names(c)]
    if not named:
        return None
    cluster = max(named, key=lambda c: c.start).cluster
    known = {c.age for c in clusters[cluster] if c.age is not None}
    return cluster if known <= {age} else None


def _last_subject_before(doc: Doc, at: int, age: int, cands: list[Candidate],
                         clusters: list[list[Candidate]]) -> int | None:
    """The person mention (name or pronoun) that is the subject of the nearest sentence
    before `at` outside quotation marks, if its person's age, if given, is `age`."""
    quoted = doc._.quoted or []
    persons = [c for c in cands if c.label == "PERSON" and c.start < at and not inside(quoted, c.start, c.end)]
    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None:
        return None
    sent_start = here.sent.start_char
    for cand in sorted(persons, key=lambda c: -c.start):
        if cand.start >= sent_start:
            continue  # its own sentence: the age describes someone else there
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            known = {c.age for c in clusters[cand.cluster] if c.age is not None}
            return cand.cluster if known <= {age} else None
    return None


def _role_holder(tok: Token, cands: list[Candidate], speaker: int | None = None) -> int | None:
    if tok.lower_ in TITLES:
        return _title_holder(tok.lower_, tok.idx, [c for c in cands if c.cluster != speaker])
    orgs = [c for c in cands if c.label == "ORG" and c.start < tok.idx]
    if tok.lower_ not in GENERIC_ORG_NOUNS:
        orgs = [c for c in orgs if tok.lower_ in norm(c.name).split()]
    return orgs[-1].cluster if orgs else None


def _title_holder(word: str, at: int, cands: list[Candidate]) -> int | None:
    # The latest holder named before the role, else the first named after it (a lead
    # paragraph often says "the president" before the body names him).
    words = TITLE_SYNONYMS.get(word, {word})
    holders = [c for c in cands if any(words & set(t.lower().split()) for t in c.titles)]
    before = [c for c in holders if c.start < at]
    if before:
        return before[-1].cluster
    return holders[0].cluster if holders else None


def pronoun_mentions(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """Third-person pronouns, possessives included ("his sister"), bound to the nearest
    earlier person of a compatible gender named outside a quotation ("“I recognised him,”
    Ms Han said" is her brother); a binding teaches the entity its gender. A kin word
    after a possessive ("her brother", "my father") is a mention of that relative."""
    quoted = doc._.quoted or []
    # A person mention in a cluster that is mostly a place or a company ("Busan" tagged
    # PERSON once) takes no pronouns.
    people = sorted((c for c in cands if c.label == "PERSON"
                     and _majority_label(clusters[c.cluster]) == "PERSON"), key=lambda c: c.start)
    persons = [c for c in people if not inside(quoted, c.start, c.end)]
    kinship = Kinship(doc, cands, clusters)
    out: list[Candidate] = []
    pronouns = [t for t in doc if t.lower_ in _PERSONAL_PRONOUNS or t.lower_ == "my"]
    # Narration first, so that "she said" after a quotation is known before the pronouns
    # inside it, which never mean the one quoted: "“He is a nervous wreck,” he said".
    for inner in (False, True):
        for tok in pronouns:
            quote = next((q for q in quoted if q[0] <= tok.idx < q[1]), None)
            if (quote is not None) != inner:
                continue
            speaker = _quoted_speaker(doc, quote, persons + out) if quote else None
            # Inside a quotation, people it names itself count too: "“Park Jong-su has grown
            # ginseng since he was a teenager.”"
            named = persons + [c for c in people if quote and quote[0] <= c.start < tok.idx]
            owner = speaker if tok.lower_ == "my" else _antecedent(
                doc, tok, _PERSONAL_PRONOUNS[tok.lower_],
                [c for c in named + out if c.cluster != speaker] or named + out, clusters)
            if owner is None:
                continue
            if tok.lower_ != "my":
                out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON",
                                     _PERSONAL_PRONOUNS[tok.lower_], cluster=owner))
                clusters[owner].append(out[-1])
            out += kinship.relative(tok, owner, quote)
    return out


class Kinship:
    """Who is whose relative, as far as the article says, and the kin mentions that follow
    from it: "her brother" is the brother of whoever "her" is. The article names him by
    apposition ("his son, Lee Jae-won", "Lee Jae-won's sister, Lee Soo-ah"), or he is the
    one person of the owner's family name, gender and generation it names."""

    def __init__(self, doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]):
        self.doc, self.clusters = doc, clusters
        self.appositive = {c.start: c for c in cands if c.role}
        self.taken = [(c.start, c.end) for c in cands]
        self.known: dict[tuple[int, str], int] = {}
        for owner, word, relative in _named_kin(doc, cands):
            self.known[(owner, word)] = relative

    def relative(self, tok: Token, owner: int, quote: tuple[int, int] | None) -> list[Candidate]:
        """The kin mention `tok` starts ("her elder son"), bound to the relative, if any."""
        head, rank = _kin_head(self.doc, tok)
        if head is None:
            return []
        word, end = head.lower_, head.idx + len(head.text)
        if tok.idx in self.appositive:  # "his son, Lee Jae-won": the article says who
            self.known[(owner, word)] = self.appositive[tok.idx].cluster
            return []
        if any(a < end and tok.idx < b for a, b in self.taken):
            return []
        target = self.known.get((owner, word))
        if target is None:
            target = self._guess(owner, word, rank)
        if target is None:
            return []
        self.known[(owner, word)] = target
        cand = Candidate(tok.idx, end, _text(self.doc)[tok.idx:end], "PERSON", KIN_WORDS[word][0],
                         cluster=target, role=True, aside=quote is not None)
        _locate_role(self.doc, cand)
        self.clusters[target].append(cand)
        return [cand]

    def _guess(self, owner: int, word: str, rank: int) -> int | None:
        """The one person named in full who shares the owner's family name and fits the
        kin word's gender and generation; "elder"/"younger" choose between several."""
        gender, offset, _ = KIN_WORDS[word]
        own = _full(self.clusters[owner])
        if " " not in own:
            return None
        generations = self._generations()
        options = [i for i, c in enumerate(self.clusters) if i != owner and _is_person(c)
                   and " " in _full(c) and _same_family(_full(c), own)
                   and cluster_gender(c) in (None, gender) and not self._other_kin(owner, i, word)
                   and self._fits(owner, i, offset, generations)]
        # "her husband, Chukwudi Eze" makes a later "his wife" her: the relation read back.
        options = [i for i in options if self._inverse(owner, i, word)] or options
        if rank and len(options) > 1:
            return _by_seniority(options, self.clusters, rank)
        return options[0] if len(options) == 1 else None

    def _inverse(self, owner: int, other: int, word: str) -> bool:
        """Whether the article made the owner `other`'s relative of the converse kind."""
        _, offset, spouse = KIN_WORDS[word]
        return any(o == other and rel == owner and KIN_WORDS[w][1] == -offset
                   and KIN_WORDS[w][2] == spouse for (o, w), rel in self.known.items())

    def _other_kin(self, owner: int, other: int, word: str) -> bool:
        return any(o == owner and rel == other and w != word for (o, w), rel in self.known.items())

    def _fits(self, owner: int, other: int, offset: int, generations: dict[int, int]) -> bool:
        """Whether `other` can be `offset` generations from the owner: by what the article
        said of the family, else by their ages (a parent is 15 or more years older)."""
        if owner in generations and other in generations:
            return generations[other] - generations[owner] == offset
        ages = [max((m.age for m in self.clusters[i] if m.age is not None), default=None)
                for i in (owner, other)]
        if None in ages:
            return True
        gap = ages[1] - ages[0]
        return gap >= 15 if offset > 0 else gap <= -15 if offset < 0 else abs(gap) < 15

    def _generations(self) -> dict[int, int]:
        """A generation number for everyone the known relations link, relative within
        each family (the first one met is 0)."""
        edges: dict[int, list[tuple[int, int]]] = {}
        for (owner, word), rel in self.known.items():
            edges.setdefault(owner, []).append((rel, KIN_WORDS[word][1]))
            edges.setdefault(rel, []).append((owner, -KIN_WORDS[word][1]))
        gens: dict[int, int] = {}
        for start in edges:
            if start in gens:
                continue
            gens[start], todo = 0, [start]
            while todo:
                here = todo.pop()
                for there, step in edges[here]:
                    if there not in gens:
                        gens[there] = gens[here] + step
                        todo.append(there)
        return gens


_RANK_WORDS = {"elder": 1, "older": 1, "eldest": 1, "oldest": 1, "younger": -1, "youngest": -1}


def _kin_head(doc: Doc, tok: Token) -> tuple[Token | None, int]:
    """The kin noun a possessive introduces, and its rank: "her elder son" -> (son, 1).
    Not when a name follows ("her brother Ji-hoon") or the word goes on ("son-in-law")."""
    i, rank = tok.i + 1, 0
    while i < len(doc) and i <= tok.i + 2 and (doc[i].lower_ in _RANK_WORDS or doc[i].lower_ == "late"):
        rank = rank or _RANK_WORDS.get(doc[i].lower_, 0)
        i += 1
    if i >= len(doc) or doc[i].lower_ not in KIN_WORDS or doc[i].pos_ != "NOUN":
        return None, 0
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in ("-", "–")):
        return None, 0
    return doc[i], rank


def _named_kin(doc: Doc, cands: list[Candidate]) -> list[tuple[int, str, int]]:
    """(owner, kin word, relative) for "Lee Jae-won's sister, Lee Soo-ah"."""
    ends = {c.end: c for c in cands if c.label == "PERSON" and not c.role}
    out = []
    for cand in cands:
        if cand.label != "PERSON" or cand.role:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or span.start < 3 or doc[span.start - 1].text != ",":
            continue
        word, poss = doc[span.start - 2], doc[span.start - 3]
        owner = ends.get(poss.idx)
        if word.lower_ in KIN_WORDS and poss.text in _POSSESSIVE and owner is not None:
            out.append((owner.cluster, word.lower_, cand.cluster))
    return out


def _quoted_speaker(doc: Doc, quote: tuple[int, int], mentions: list[Candidate]) -> int | None:
    """The cluster of whoever a quotation is attributed to: the first person mentioned in
    the few words after it ("“...,” she said"), else the last one just before it ("Mr Rao
    said: “...”")."""
    text = _text(doc)
    # Never across a paragraph break: the next paragraph's first name is someone new.
    after = [m for m in mentions if quote[1] <= m.start < quote[1] + 40 and "\n" not in text[quote[1]:m.start]]
    if after:
        return min(after, key=lambda m: m.start).cluster
    # A quotation opening a paragraph of its own goes on with the speaker just before it.
    before = [m for m in mentions if quote[0] - 40 <= m.start < quote[0] and m.end <= quote[0]]
    return max(before, key=lambda m: m.start).cluster if before else None


def _locate_role(doc: Doc, cand: Candidate) -> None:
    """A description's sentence and whether it is a subject ("The 24-year-old won ... He
    said"), as `_locate` records them for names."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is not None:
        cand.sent = span.sent.start_char
        cand.subject = span.root.dep_ in ("nsubj", "nsubjpass")


def _antecedent(doc: Doc, tok: Token, gender: str, persons: list[Candidate],
                clusters: list[list[Candidate]]) -> int | None:
    """Nearest compatible person in the pronoun's own sentence; failing that, the previous
    sentence's persons (its subject first, else the one named last: "moves the
    24-year-old into the top 100. He said ..."); then the most recent compatible *subject*
    of an earlier sentence, then the most recent at all."""
    floor, sent_start = _window_start(doc, tok.idx), tok.sent.start_char
    pool = [c for c in persons if floor <= c.start < tok.idx
            and cluster_gender(clusters[c.cluster]) in (None, gender)
            and not _clause_mate(doc, tok, c)]
    pool.sort(key=lambda c: (-c.start, -c.end))  # "His father ... he": the father, not "His"
    same = _named_people_first([c for c in pool if c.start >= sent_start], clusters)
    # Someone known to be of the pronoun's gender before someone whose gender is unknown
    # ("She attended a lunch with President Moon Jae-in and extended an invitation from
    # her brother").
    same = [c for c in same if cluster_gender(clusters[c.cluster]) == gender] + [
        c for c in same if cluster_gender(clusters[c.cluster]) != gender]
    before = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else sent_start
    previous = [c for c in pool if before <= c.start < sent_start and not c.aside]
    previous = [c for c in previous if _is_subject(doc, c)][-1:] or previous
    subjects = [c for c in pool if _is_subject(doc, c)]
    if not same:
        ahead = _cataphor(doc, tok, gender, persons, clusters)
        if ahead is not None:
            return ahead
    best = (same or previous or subjects or pool or [None])[0]
    return best.cluster if best is not None else None


def _cataphor(doc: Doc, tok: Token, gender: str, persons: list[Candidate],
              clusters: list[list[Candidate]]) -> int | None:
    """A pronoun in a clause put before its sentence's subject means that subject: "Asked
    whether her father would stay away, Ms. Lee laughed"."""
    root = tok.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i <= tok.i or tok.i in {t.i for t in subject.subtree}:
        return None
    for cand in persons:
        if cand.start <= subject.idx < cand.end and cluster_gender(clusters[cand.cluster]) in (None, gender):
            return cand.cluster
    return None


def _named_people_first(pool: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """Someone the article named in full, or with an honorific, goes before a lone word
    the model called a person ("for Busan, where he was due": he is the president)."""
    named = [c for c in pool if any(" " in m.name or m.gender or m.titles
                                    for m in clusters[c.cluster] if _names(m))]
    return named or pool


def _clause_mate(doc: Doc, pronoun: Token, cand: Candidate) -> bool:
    """An object pronoun never refers to its own verb's subject ("Choi greeted her")."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.i == verb.i


def _is_subject(doc: Doc, cand: Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _window_start(doc: Doc, at: int) -> int:
    paras = [p for p in (doc._.paragraphs or [(0, len(_text(doc)))]) if p[0] <= at]
    return paras[max(0, len(paras) - PRONOUN_WINDOW)][0] if paras else 0


# 4. Output --------------------------------------------------------------------------

def to_entities(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Entity]:
    """Number entities by first mention and give each its canonical (fullest) name."""
    live = [c for c in clusters if any(m.label != "PERSON" or _names(m) for m in c)]
    live.sort(key=lambda c: min(m.start for m in c))
    entities = []
    for members in live:
        named = [m for m in members if _names(m)]
        if not named:
            continue
        n = len(entities) + 1
        mentions = sorted({(m.start, m.end) for m in members})
        entities.append(Entity(
            id=f"E{n}", name=_full(named), type=_majority_label(named),
            mentions=[Mention(s, e, _text(doc)[s:e]) for s, e in mentions],
            titles=sorted({t for m in members for t in m.titles}),
            gender=cluster_gender(members), stands_for=_government(doc, named)))
    return entities


def _government(doc: Doc, named: list[Candidate]) -> str | None:
    """The country a seat of government acts for ("Pyongyang said", "the Kremlin
    warned"): only when a mention is the subject of a verb of saying or doing, so that
    "talks in Seoul" stay a place."""
    country = SEAT_OF_GOVERNMENT.get(norm(_full(named)))
    if country is None or named[0].label == "PERSON":
        return None
    for m in named:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = span.root.head.lemma_.lower()
        if span.root.head.pos_ == "VERB" and (verb in REPORTING_VERBS or verb in EVENT_VERBS):
            return country
    return None


def _names(m: Candidate) -> bool:
    """Whether a mention names its entity (not "the 35-year-old", "he" or "His")."""
    return not m.role and m.name[0].isupper() and m.name.lower() not in _PERSONAL_PRONOUNS


def _majority_label(members: list[Candidate]) -> str:
    labels = Counter(m.label for m in members)
    return max(sorted(labels), key=lambda lab: (labels[lab], lab == "PERSON"))
