"""In-document entity resolution: repaired NER mentions clustered into entities.

`resolve_entities(doc)` is a pure function over a parsed Doc (with `doc._.captions` and
`doc._.quoted` from the segmenter); the `dateline_entities` component attaches its result.
Stages, in order:

1. here: repair spaCy's spans (possessives, honorifics, titles, hyphenated and spaced given
   names, people the model tagged as something else and things it tagged as people) and
   find the names it missed;
2. here: cluster full names, then attach short forms ("Mr Ji", "Kim", "I. Okafor") to a full
   name by name order, gender, title, description and salience;
3. `roles.py`: bind descriptions ("the president", "a veteran negotiator", a lead's "A
   businessman accused of ...", "the 35-year-old", "“...,” the pensioner said", "the
   incumbent"), with `court.py` ("the defendant"); `kinship.py` joins married names and
   names at birth ("Halina Nowicka was born in Lwów");
4. `pronouns.py` with `kinship.py` and `relations.py`: bind third-person pronouns, and the
   kin and relation descriptions they open ("her brother", "his opponent"); then "the boy"
   as an unnamed son, and nicknames ("who goes by Greg");
5. here: number the entities, name each by its fullest name, and mark a seat of government
   acting for its country (`places.py`).

`mention.py` holds the mention type and the name and cluster facts all stages share.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Entity, Mention
from ..segment import inside
from ..store.names import LEGAL_FORMS
from . import extensions  # noqa: F401
from .component import Component
from .cues import EVENT_VERBS, REPORTING_VERBS
from .mention import (Candidate, PERSONAL_PRONOUNS, POSSESSIVE, RANK_WORDS, age_after, appositions,
                      by_seniority, cluster_gender, doc_text, double_surname, family_name, full_name,
                      given_name_gender, surname_gender, is_name, is_person, locate, majority_label, name_ends,
                      main_clause_subject, names_entity, norm, overlaps, same_family, surname_words, SURNAME_PARTICLES,
                      window_start)
from .court import case_roles
from .kinship import children_described, maiden_names, married_names
from .names import (CLUB_FIRST_WORDS, CLUB_LAST_WORDS, DIMINUTIVES, EAST_ASIAN_FAMILY_NAMES, FEMALE_WORDS,
                    GIVEN_NAMES, HONORIFICS, JAPANESE_FAMILY_NAMES, KIN_WORDS, MALE_WORDS,
                    EVENT_WORDS, NOT_NAME_WORDS, ORG_DESCRIBERS, ORG_HEAD_WORDS, PERSON_NOUNS, PLACE_NOUNS, FIRM_NOUNS,
                    PLACE_PREFIXES, TITLES)
from .nationalities import DEMONYMS
from .places import SEAT_OF_GOVERNMENT
from .pronouns import pronoun_mentions
from .roles import (age_roles, agent_roles, central_descriptions, contest_roles, speaking_descriptions, introduced, ages_after_pronouns, appositive_roles, described_again, nationals,
                    descriptions_after_names, descriptions_before_names, indefinite_ages, stacked_descriptions, lead_description, role_mentions,
                    roles_said_before, teenagers)
from .succession import newcomers, successions

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "LAW",
                 "WORK_OF_ART"}


_NAME_WORD = re.compile(r"^[A-Z][\w.'’-]*$")


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
    cands += descriptions_before_names(doc, cands, clusters)
    cands += descriptions_after_names(doc, cands, clusters)
    cands += stacked_descriptions(doc, cands, clusters)
    cands += roles_said_before(doc, cands, clusters)
    cands += lead_description(doc, cands, clusters)
    cands += newcomers(doc, cands, clusters)
    cands += age_roles(doc, cands, clusters)
    _settle_ranked(doc, cands, clusters)
    cands += indefinite_ages(doc, cands, clusters)
    cands += teenagers(doc, cands, clusters)
    cands += described_again(doc, cands, clusters)
    cands += case_roles(doc, cands, clusters)
    cands += nationals(doc, cands, clusters)
    cands += introduced(doc, cands, clusters)
    cands += speaking_descriptions(doc, cands, clusters)
    cands += central_descriptions(doc, cands, clusters)
    cands += contest_roles(doc, cands, clusters)
    for cand in cands:
        if cand.role:
            locate(doc, cand)
    married_names(doc, cands, clusters)
    maiden_names(doc, cands, clusters)
    _settle_namesakes(cands, clusters, bare=True)
    cands += pronoun_mentions(doc, cands, clusters)
    cands += agent_roles(doc, cands, clusters)
    _settle_namesakes(cands, clusters)
    cands += children_described(doc, cands, clusters)
    nicknames(doc, cands, clusters)
    cands += ages_after_pronouns(doc, cands, clusters)
    cands += successions(doc, cands, clusters)
    cands += appositive_roles(doc, cands, clusters, of_descriptions=True)
    entities = to_entities(doc, cands, clusters)
    doc.user_data.pop("dateline_text", None)
    return entities


# 1. Candidate mentions --------------------------------------------------------------

def candidate_mentions(doc: Doc) -> list[Candidate]:
    """NER spans of entity labels, repaired, plus honorific + name spans NER missed."""
    credits = _credit_spans(doc)
    place = _dateline_place(doc_text(doc))
    found: dict[tuple[int, int], Candidate] = {}
    # Honorific spans first: "Mr Choi" wins over an overlapping NER "Choi" labelled ORG.
    for span in _honorific_spans(doc) + _east_asian_names(doc) + _split_names(doc) + list(doc.ents) \
            + _missed_speakers(doc):
        cand = repair(span)
        if cand is None or any(a < cand.end and cand.start < b for a, b in credits):
            continue
        if cand.label == "PERSON" and cand.end <= place:
            cand.label = "GPE"  # "NELSON BAY, Australia — A retired fisherman ...": a dateline
        if not any(overlaps(cand, other) for other in found.values()):
            found[(cand.start, cand.end)] = cand
    cands = sorted(found.values(), key=lambda c: c.start)
    cands = sorted(cands + _coordinated_given_names(doc, cands), key=lambda c: c.start)
    _people_labelled_org(cands, doc_text(doc))
    _short_org_names(cands)
    _places_named_again(cands)
    cands = sorted(cands + _missed_namesakes(doc, cands), key=lambda c: c.start)
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
        first = tagged[0] if tagged else None
        if first is not None and (first.label in _NOT_PLACES | {"PERSON"}) and " " not in first.name:
            first.label, first.name = "PERSON", name  # the model may call "Claire" an ORG
        elif not tagged and not given.ent_type_:
            out.append(Candidate(given.idx, given.idx + len(given.text), name, "PERSON"))
    return out


def _people_labelled_org(cands: list[Candidate], text: str) -> None:
    """"The company's founder, Lydia Okoro" tagged ORG is a person when the article later
    calls her "Ms. Okoro", when the name (of up to four words: "María Elena Quispe Mamani")
    starts with a common given name, or when a person
    in the article bears its last word as family name and an age follows it ("Tunde
    Adeyemi, 57," tagged GPE beside "Ngozi Adeyemi") or it was tagged a work, product, event
    or law ("Karthik Nair" tagged WORK_OF_ART beside "Arjun Nair")."""
    honoured = {norm(c.name) for c in cands if c.label == "PERSON" and " " not in c.name
                and (c.gender or c.titles)}
    families = {family_name(c.name) for c in cands if c.label == "PERSON" and " " in c.name}
    for cand in cands:
        words = cand.name.split()
        if len(surname_words(cand.name)) == 1 and (cand.label in _NOT_PLACES or (
                cand.label == "GPE" and (_PERSON_AFTER.match(text, cand.end) or _acting(cand, text)
                                         or _unknown_place(cand, text)))) and _named_before(cand, cands):
            # "Cole, 27," tagged PRODUCT after "Hannah Cole won"; "Cuesta, 54," and
            # "Salgado, who had made ..." tagged GPE after "Ignacio Cuesta Villar"
            cand.label = "PERSON"
            continue
        if cand.label not in ("ORG", "NORP", "GPE", "LOC", "FAC") + _TITLED_THINGS or not 2 <= len(words) <= 4:
            continue
        if not all(_NAME_WORD.match(w) for w in words) or norm(words[-1]) in ORG_HEAD_WORDS | PLACE_NOUNS | EVENT_WORDS:
            continue  # "Hanbit Marine", "Victoria Falls"
        aged = age_after(text, cand.end) is not None  # "Tunde Adeyemi, 57,"
        initialled = len(words) == 2 and re.fullmatch(r"[A-Z]\.", words[0]) is not None  # "D. Brown"
        # A work or product named like a relative of someone in the article is a person:
        # "off the bowling of Karthik Nair", tagged WORK_OF_ART, after "Arjun Nair".
        thing = cand.label in _TITLED_THINGS
        if norm(words[-1]) in honoured or _opens_with_given_name(cand, text) or (
                (aged or initialled or thing) and norm(words[-1]) in families) or _described_as_person(cand, text) \
                or _shortened_name(cand, cands):
            cand.label = "PERSON"


def _places_named_again(cands: list[Candidate]) -> None:
    """"families in Te Karaka" ... "cutting Te Karaka off": a name of two words or more the
    article gave a place stays a place where the model calls it a person, unless that
    mention is given an honorific, a title or an age."""
    places = {norm(c.name): c.label for c in cands if c.label in ("GPE", "LOC") and " " in c.name}
    for cand in cands:
        if cand.label == "PERSON" and norm(cand.name) in places and not (cand.honorific or cand.titles or cand.age):
            cand.label = places[norm(cand.name)]


def _shortened_name(cand: Candidate, cands: list[Candidate]) -> bool:
    """Whether a person named earlier bore this name and more: "Mingma Dorje said", tagged
    a work of art, after "Mingma Dorje Sherpa"."""
    words = norm(cand.name).split()
    return any(c.label == "PERSON" and c.start < cand.start and _shortens(words, norm(c.name).split()) for c in cands)


_DESCRIPTION_AFTER = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s*[,.;]")


def _described_as_person(cand: Candidate, text: str) -> bool:
    """Whether a description of a person follows the name and its comma: "Wanjiru Kamau, a
    prominent opposition lawmaker," tagged ORG."""
    found = _DESCRIPTION_AFTER.match(text, cand.end)
    return found is not None and found.group(1) in PERSON_NOUNS - FIRM_NOUNS


def _opens_with_given_name(cand: Candidate, text: str) -> bool:
    """Whether a name the model tagged otherwise carries a common given name ("Tunde
    Adeyemi", "Sano Keiko"), outside a place phrase ("in Salina Cruz"); an organisation's
    only in first place."""
    placed = re.search(rf"\b(?:in|at|near|from|of|to|port|city|town|{_CLIMBING_VERB})\s+$", text[max(0, cand.start - 12):cand.start])
    words = norm(cand.name).split()
    if cand.label == "ORG" and words[0] not in JAPANESE_FAMILY_NAMES:
        return words[0] in GIVEN_NAMES  # a company may end in a given name: "Union Faith", "Morgan Stanley"
    return given_name_gender(cand.name) is not None and not (cand.label in ("GPE", "LOC", "FAC") and placed)


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


_PERSON_AFTER = re.compile(r",\s*(?:\d{1,3},|who\b|now\s+(?:\d|an?\b|the\b))|\s+(?:said|says|told|added)\b")
_TITLED_THINGS = ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
_NOT_PLACES = {"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "LOC"}


_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|from|to|near|(?<!said )(?<!says )of|into|across|outside|around|via)|['’]s|,)\s*$",
                           re.I)  # not "said of Rotich"
_VERB_AFTER = re.compile(r"\s+(?:has\s+|had\s+|was\s+|is\s+)?[a-z]+ed\b")


_KNOWN_PLACES = {norm(c) for c in DEMONYMS.values()} | set(SEAT_OF_GOVERNMENT)


def _unknown_place(cand: Candidate, text: str) -> bool:
    """A one-word "place" that is no country or capital and follows no place preposition
    ("expected Yıldız to start another company" after "Elif Yıldız")."""
    return norm(cand.name) not in _KNOWN_PLACES and not _after_place_word(cand, text)


def _acting(cand: Candidate, text: str) -> bool:
    """A one-word "place" opening a clause with a verb in the past, not after a
    preposition: "Montoya praised Dale Hendricks" after "Sergeant Luis Montoya"."""
    return _VERB_AFTER.match(text, cand.end) is not None and not _after_place_word(cand, text)


def _after_place_word(cand: Candidate, text: str) -> bool:
    """Whether a place preposition, a possessive or a comma comes right before a name."""
    return _PLACE_BEFORE.search(text[max(0, cand.start - 12):cand.start]) is not None


def _named_before(cand: Candidate, cands: list[Candidate]) -> bool:
    """Whether a person's name with this word as its family name or at either end ("Ella"
    after "Ella Fenwick"), or this word alone ("Grace" after "her twin sister, Grace"),
    came earlier."""
    word = surname_words(cand.name)[0]
    return any(c.label == "PERSON" and c.start < cand.start and (
        word == family_name(c.name) or word in name_ends(c.name)) for c in cands)


def _bare_surnames(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Cole, 27, a teacher" after "Hannah Cole": a full name's family name standing alone,
    which the small model often leaves untagged."""
    family: dict[str, Candidate] = {}  # each word's first full name: a later one must not hide it
    for c in sorted(cands, key=lambda c: c.start):
        if c.label == "PERSON" and " " in c.name:
            for word in _family_words(c.name):
                family.setdefault(word, c)
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in doc:
        word = norm(tok.text)  # "Valdés" after "Ernesto Valdés", accents and all
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_title or word not in family:
            continue
        if tok.pos_ == "NOUN" and _common_noun_use(doc, tok):
            continue  # "Grant applications rose" after "Peter Grant"
        if family[word].start > tok.idx or any(a < tok.idx + len(tok) and tok.idx < b for a, b in taken):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN":
            continue  # "Cole Street": part of another name
        left = _names_left_out(doc, tok.i, tok.i + 1)
        if left and not any(a < tok.idx and doc[tok.i - left].idx < b for a, b in taken):
            named = _person(doc, tok.i - left, tok.i + 1)  # "Justice Folake Ogunleye": a namesake
            if named is not None:
                out.append(named)
                continue
        # "Justice Adeyemi adjourned the hearing": the title the model left out says which.
        titles = [t for t in _titles_before(doc, tok.i) if t[:1].isupper()]
        out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", titles=titles))
    return out


def _missed_namesakes(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Nikau Hēnare had been lashing containers", untagged, where the article names
    "Rawiri Hēnare" too: two capitalised proper nouns outside any entity, the second a
    family name of a person named elsewhere in the article, the first no title or place
    word."""
    families = {family_name(c.name) for c in cands if c.label == "PERSON" and len(c.name.split()) >= 2}
    taken = [(c.start, c.end) for c in cands]
    out = []
    for first, last in zip(doc, doc[1:]):
        if norm(last.text) not in families or not all(
                t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_ for t in (first, last)):
            continue
        if first.lower_ in TITLES | PLACE_NOUNS | set(HONORIFICS) or (first.i and doc[first.i - 1].is_title
                                                                     and doc[first.i - 1].pos_ == "PROPN"):
            continue
        if last.i + 1 < len(doc) and doc[last.i + 1].is_title and doc[last.i + 1].pos_ == "PROPN":
            continue
        start, end = first.idx, last.idx + len(last.text)
        if not any(a < end and start < b for a, b in taken):
            out.append(_candidate(doc, first.i, last.i + 1, "PERSON"))
    return out


def _family_words(name: str) -> set[str]:
    """The family name, and the first of two Spanish surnames ("Cuesta" in "Ignacio Cuesta
    Villar", "Ruiz" in "María Fernanda Ruiz Soto")."""
    parts, family = norm(name).split(), family_name(name)
    if family != parts[-1] or len(parts) not in (3, 4):
        return {family}
    return {family, parts[-2]}


def _bare_given_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"“Jae-won and I have argued,” she said" after "Lee Jae-won": a given name standing
    alone (or made a diminutive: "Joãozinho"), in or out of a quotation, once the full name
    has been given."""
    given = {}
    for c in cands:
        parts = c.name.split()
        if c.label == "PERSON" and len(parts) == 2 and not c.role:
            name = parts[1] if norm(parts[0]) == family_name(c.name) else parts[0]
            given.setdefault(name, c.end)
        elif c.label == "PERSON" and len(parts) == 3 and not c.role and family_name(c.name) == norm(parts[2]):
            given.setdefault(parts[0], c.end)  # "Héctor" after "Héctor Villaseñor Durán"
        elif c.label == "PERSON" and len(parts) == 3 and not c.role and family_name(c.name) == norm(parts[0]):
            given.setdefault(parts[2], c.end)  # "Mai" after "Pham Thi Mai"
        elif c.label == "PERSON" and len(parts) == 4 and not c.role and norm(parts[2]) in SURNAME_PARTICLES:
            given.setdefault(parts[0], c.end)  # "João" after "João Batista dos Santos"
    taken = [(c.start, c.end) for c in cands]
    out = []
    for name, after in given.items():
        # With an honorific suffix too: "Ashok-da", "Priya-ji", "Kenji-san".
        # Or a Portuguese or Spanish diminutive: "Joãozinho", "Juanito".
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?:-{_SUFFIXES}|zinho|zinha|ito|ita)?(?![\w-])", doc_text(doc)):
            if hit.start() < after or any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is not None and span[0].is_sent_start and span[0].pos_ != "PROPN" \
                    and span[0].dep_ not in ("nsubj", "nsubjpass"):
                continue  # "Will the council ...", "Mark the date"; not "Anjali means well" misread
            out.append(Candidate(hit.start(), hit.end(), name, "PERSON"))
    return out


_SUFFIXES = "(?:ji|da|di|san|sama|kun|chan|ssi)"
_RANK_AFTER = re.compile(r",\s+the\s+(younger|elder|older|youngest|eldest|oldest)\b", re.I)


def _locate(doc: Doc, cand: Candidate) -> None:
    """Record the sentence, and a gendered noun right before the name ("Kim Jong Un's
    sister, Kim Yo Jong") as the mention's gender."""
    span = locate(doc, cand)
    if span is None:
        return
    before = doc[span.start - 1].lower_ if span.start else ""
    # "the younger Mr Okafor", "Mr. Okafor, the younger, said"
    after = _RANK_AFTER.match(doc_text(doc), cand.end)
    cand.rank = RANK_WORDS.get(before, 0) or (RANK_WORDS[after.group(1).lower()] if after else 0)
    asides = [*(doc._.quoted or []), *((c.start, c.end) for c in doc._.captions or [])]
    cand.aside = inside(asides, cand.start, cand.end)
    if cand.label == "PERSON":  # not the dateline the parser gave "SHENZHEN — The founder" to
        cand.titles += _appositive_titles(span)
    prev = doc[span.start - 1] if span.start >= 1 else None
    if prev is not None and prev.is_punct and span.start >= 2:
        prev = doc[span.start - 2]
    cand.age = age_after(doc_text(doc), cand.end)
    kin = {prev.lower_ if prev is not None else ""} | {h.lower_ for h in appositions(span)}
    cand.described = {h.lower_ for h in appositions(span) if h.pos_ == "NOUN"}
    if prev is not None and prev.pos_ == "NOUN" and prev.is_lower:
        cand.described.add(prev.lower_)
    cand.generation = 1 if kin & _PARENTS else -1 if kin & _CHILDREN else 0
    if prev is not None and cand.gender is None and cand.label == "PERSON":
        if prev.lower_ in FEMALE_WORDS or prev.lower_ in MALE_WORDS:
            cand.gender = "f" if prev.lower_ in FEMALE_WORDS else "m"
    if cand.gender is None and cand.label == "PERSON":
        cand.gender = given_name_gender(cand.name) or surname_gender(cand.name)
        cand.weak_gender = cand.gender is not None


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
        stop = min((s for s in starts if s > cand.start), default=len(doc_text(doc)))
        gender = _first_pronoun_gender(doc, span.end, span.sent.end, stop)
        if " " in cand.name or (cand.subject and _subject_pronoun_follows(doc, span, gender)):
            cand.gender = gender  # "Dr Mori said she hoped": this Dr Mori is a woman
        elif cand.subject and span[0].lower_ in HONORIFICS and HONORIFICS[span[0].lower_] is None:
            cand.gender = _next_speaker_gender(doc, span, stop)  # "Dr Mori", "Prof Lin"


def _next_speaker_gender(doc: Doc, span: Span, stop: int) -> str | None:
    """For a short form whose honorific has no gender and which is its sentence's subject,
    the speaker the next sentence opens on, before anyone else is named: "Dr Mori, who is
    known for his dry humour, said ... “They thought we were mad,” he said."."""
    sent = span.sent
    if sent.end >= len(doc):
        return None
    quoted = doc._.quoted or []
    for tok in doc[sent.end:doc[sent.end].sent.end]:
        if tok.idx >= stop:
            return None
        if (tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass")
                and not inside(quoted, tok.idx, tok.idx + 1)):
            return PERSONAL_PRONOUNS[tok.lower_]
    return None


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
        floor, sent_start = window_start(doc, tok.idx), tok.sent.start_char
        pool = [c for c in persons if floor <= c.start < tok.idx and c.gender in (None, gender)]
        same = [c for c in pool if c.start >= sent_start]
        subjects = [c for c in pool if c.subject]
        main = [c for c in subjects if main_clause_subject(doc, c)]
        best = (same or main or subjects or pool or [None])[-1]
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
        if subject is not None and tok.lower_ in PERSONAL_PRONOUNS and tok.tag_ == "PRP$":
            continue
        if tok.idx >= stop_char:
            return None
        if inside(quoted, tok.idx, tok.idx + 1):
            continue
        if tok.tag_ == "PRP$" and tok.head.dep_ == "attr" and tok.head.lower_ in FEMALE_WORDS | MALE_WORDS:
            # "Huang Zhiwei, who is her father": the predicate noun tells his gender.
            return "f" if tok.head.lower_ in FEMALE_WORDS else "m"
        if tok.lower_ in PERSONAL_PRONOUNS and _object_of_subjects_verb(doc, tok, begin):
            return None  # "Quispe appointed him ... he requested": him is someone else
        if tok.lower_ in PERSONAL_PRONOUNS:
            gender = PERSONAL_PRONOUNS[tok.lower_]
            # "She attended a lunch with Moon Jae-in and extended an invitation from her
            # brother": the pronoun goes on with the sentence's subject, said before.
            said = any(t.lower_ in PERSONAL_PRONOUNS and PERSONAL_PRONOUNS[t.lower_] == gender
                       and t.dep_ in ("nsubj", "nsubjpass") for t in doc[tok.sent.start:begin])
            return None if said else gender
        if tok.lower_ in FEMALE_WORDS or tok.lower_ in MALE_WORDS:
            if tok.dep_ == "appos" and begin - 1 <= tok.head.i < begin:
                return "f" if tok.lower_ in FEMALE_WORDS else "m"  # "Oh Byung-chul, the chairman,"
            return None  # "his wife, who said she ...": the pronoun may be the wife's
    return None


def _object_of_subjects_verb(doc: Doc, tok: Token, begin: int) -> bool:
    """Whether a pronoun is the object of the verb whose subject is the name ending before
    `begin`: never that name's person."""
    name = doc[begin - 1] if begin else None
    return name is not None and name.dep_ in ("nsubj", "nsubjpass") and tok.dep_ in ("dobj", "dative") \
        and tok.head.i == name.head.i


_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]+[A-Z.](?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s+[—–-]{1,2}\s")


def _dateline_place(text: str) -> int:
    """Where a dateline ("HO CHI MINH CITY — ", "NELSON BAY, Australia — ") ends, else 0."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _credit_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for cap in doc._.captions or []:
        if cap.credit:
            at = cap.text.rfind(cap.credit)
            spans.append((cap.start + at - 1, cap.start + at + len(cap.credit) + 1))
    return spans


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


def _split_names(doc: Doc) -> list[Span]:
    """One person the model tagged as two, either side of a particle: "Aisha" + "bint" +
    "Salim al-Harthi", "Marcos Vinícius" + "dos" + "Santos" (tagged an organisation and a
    place: a given name opens it); or side by side: "Syed Haider" + "Abbas Shah"."""
    ents = list(doc.ents)
    return [Span(doc, a.start, b.end, label="PERSON") for a, b in zip(ents, ents[1:]) if _one_person(doc, a, b)]


def _one_person(doc: Doc, a: Span, b: Span) -> bool:
    if a.label_ == b.label_ == "PERSON" and b.start == a.end:
        return b.end - a.start <= 5
    return a.label_ in _NAME_LABELS and b.label_ in _NAME_LABELS and b.start == a.end + 1 \
        and doc[a.end].lower_ in _NAME_PARTICLES \
        and (a.label_ == "PERSON" or given_name_gender(f"{a.text} {doc[a.end].text} {b.text}") is not None)


_NAME_LABELS = ("PERSON", "GPE", "LOC", "ORG")


def _missed_speakers(doc: Doc) -> list[Span]:
    """Two or three capitalised proper nouns that NER left out, but which are the subject
    of a reporting verb, carry a role or an age in apposition ("Alasdair Munro, the council
    leader, denied ...", "Ren Fujita, 21, was ahead"), or open with a common given name ("STOCKPORT, England — Tunde Bakare
    scored twice"): a person."""
    spans = []
    place = _dateline_place(doc_text(doc))
    for tok in doc:
        subject = tok.dep_ in ("nsubj", "nsubjpass", "appos") or _after_dateline(tok, place)
        if tok.ent_type_ or tok.pos_ != "PROPN" or not (subject or tok.dep_ in ("pobj", "dobj")):
            continue
        left = tok.i
        while left > 0 and doc[left - 1].pos_ == "PROPN" and not doc[left - 1].ent_type_ and tok.i - left < 2:
            left -= 1
        words = doc[left:tok.i + 1]
        if len(words) < 2 or not all(w.is_title and w.is_alpha for w in words):
            continue
        # An object only with a common given name: "won by Ethiopia's Tigist Bekele".
        aged = age_after(doc_text(doc), words.end_char) is not None  # "Ren Fujita, 21, was ahead"
        if (subject and (_person_context(tok) or aged)) or (
                given_name_gender(words.text) and tok.lower_ not in PLACE_NOUNS):
            spans.append(Span(doc, left, tok.i + 1, label="PERSON"))
    return spans


def _after_dateline(tok: Token, place: int) -> bool:
    """The first words after a dateline ending at `place` ("DAKAR, Senegal — Cheikh Ndiaye,
    a ..."), which the parser joins to the place."""
    return 0 < place and tok.idx < place + 40 and tok.dep_ == "conj"


def _person_context(head: Token) -> bool:
    role = any(c.dep_ == "appos" and c.lower_ in TITLES | PERSON_NOUNS for c in head.children)
    speaks = head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS
    # "her husband, Tunde Adeyemi": a name in apposition to a kinship word or a title.
    kin = head.dep_ == "appos" and head.head.lower_ in TITLES | FEMALE_WORDS | MALE_WORDS
    return role or speaks or kin


def repair(span: Span) -> Candidate | None:
    """Fix a NER span: trim determiners and possessives, take in honorifics and hyphenated
    given names, and move leading titles into attributes. None if nothing is left."""
    if span.label_ not in ENTITY_LABELS:
        return None
    doc = span.doc
    start, end = _trim(doc, span.start, span.end)
    if span.label_ == "PERSON":
        start, end = _with_particles(doc, start, end)
        start -= _given_name_left_out(doc, start, end) or _names_left_out(doc, start, end)
    if end - start <= 3 and _given_name_before(doc, start):
        start -= 2 if end - start <= 2 and _given_name_before(doc, start - 1) else 1
        if span.label_ == "PERSON" and _placed(doc[start:end]):
            return _candidate(doc, start, end, "GPE")  # "Ama" + "Dablam": a mountain
        return _person(doc, start, end)  # "Faith Chepkoech" tagged "Chepkoech", ORG; "Héctor" + "Villaseñor Durán"
    if end - start == 1 and _family_name_after(doc, start):
        # "Nadia Haddad" tagged "Nadia", GPE; "Rowena dela Cruz" tagged "Rowena", ORG
        return _person(doc, start, end + 1 + (doc[end].lower_ in _NAME_PARTICLES))
    if end - start <= 2 and span.label_ == "PERSON" and _placed(doc[start:end]):
        return _candidate(doc, start, end, "GPE")  # "in Kraków"
    if start < end and doc[start].lower_ in HONORIFICS and doc[start].text[0].isupper():
        return _person(doc, start, end)  # "Mr Park" is a person whatever NER labelled it
    if 2 <= end - start <= 4 and doc[start].lower_ in TITLES and doc[start].is_title \
            and given_name_gender(doc[start + 1:end].text) is not None:
        return _person(doc, start, end)  # "Councillor Gareth Evans" tagged ORG
    if end - start == 1 and _named_relative(doc[start]):
        return _person(doc, start, end)  # "her twin sister, Grace" tagged ORG
    if span.label_ == "PERSON" and not _names_a_person(doc[start:end]):
        return None  # "U.S. Dlrs", "Revs 35.1 mln vs", "Citibank NA>"
    if span.label_ == "PERSON" and _species_name(doc, start, end):
        return None  # "Pseudomonas suncheonensis": a genus, not a person
    return _relabel(doc, start, end, span.label_)


def _given_name_left_out(doc: Doc, start: int, end: int) -> int:
    """1 when the model left out the first of three names, a proper noun compounded to the
    rest: "Mingma" in "Mingma Dorje Sherpa" tagged "Dorje Sherpa"."""
    prev = doc[start - 1] if start else None
    return int(end - start == 2 and prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "compound"
               and prev.is_title and prev.is_alpha and not prev.ent_type_ and start <= prev.head.i < end
               and prev.lower_.rstrip(".") not in TITLES | PERSON_NOUNS | set(HONORIFICS) | {"rep", "sen", "gov"}
               and norm(prev.text) not in DEMONYMS and doc[start].lower_ not in GIVEN_NAMES
               and norm(doc[end - 1].text) not in ORG_HEAD_WORDS)


def _names_left_out(doc: Doc, start: int, end: int) -> int:
    """How many proper nouns compounded to a one-word name the model left out, when the
    first of them is a common given name or comes after a title: "María Fernanda López" in
    "María Fernanda López Ortega" tagged "Ortega", "Folake" in "Justice Folake Ogunleye"."""
    i = start
    while i > 0 and start - i < 3 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "compound" \
            and doc[i - 1].is_title and not doc[i - 1].ent_type_ and i - 1 < doc[i - 1].head.i < end \
            and not _title_word(doc[i - 1]):
        i -= 1
    titled = i > 0 and doc[i - 1].is_title and _title_word(doc[i - 1])
    return start - i if end - start == 1 and i < start and (doc[i].lower_ in GIVEN_NAMES or titled) else 0


def _title_word(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in TITLES or tok.lower_.rstrip(".") in HONORIFICS


def _with_particles(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A person span the model cut at a family name's particles: "Femke van" + "den Berg",
    "Prof Jan-Willem" + "de Groot", and "Berg" in "Van den Berg, 44, said"."""
    if start >= end:
        return start, end
    j = end + (end < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end].is_lower)  # "Jan-Willem" + "de Groot"
    while j < len(doc) and doc[j - 1].lower_ in SURNAME_PARTICLES and doc[j].lower_ in SURNAME_PARTICLES:
        j += 1
    if doc[j - 1].lower_ in _NAME_PARTICLES and j < len(doc) and doc[j].is_title \
            and doc[j].is_alpha and not doc[j].is_stop:
        end = j + 1  # "Femke van" + "den Berg", "Hugo Le" + "Floch"
    i = start
    while i > 0 and doc[i - 1].lower_ in SURNAME_PARTICLES and doc[i - 1].text[0].isalpha():
        i -= 1
    return (i if i < start and not doc[start].lower_ in SURNAME_PARTICLES else start), end


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The name's own tokens: no determiner, possessive, score or possessor before it."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or (doc[start].lower_ in _OPENING_ADVERBS and doc[start].is_sent_start and end - start > 1)):
        start += 1  # "the", "—" of a dateline ("SHANGHAI — Liu Jianguo"), "Twice" in "Twice Alemu surged"
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct
                           or any(ch.isdigit() for ch in doc[end - 1].text)):
        end -= 1  # "Ji's", "Rakhimov 6-4 3-6 7-5"
    for i in range(end - 2, start, -1):
        # "China's Ministry of Commerce": the possessor is an entity of its own.
        if doc[i].text in ("'s", "’s") and doc[i + 1].is_title:
            start = i + 1
            break
    return start, _extend_spaced_syllable(doc, start, _extend_hyphenated(doc, end))


_OPENING_ADVERBS = {"twice", "once", "then", "later", "meanwhile", "instead", "again", "still", "now", "soon"}


def _relabel(doc: Doc, start: int, end: int, label: str) -> Candidate | None:
    """The span's type, mended: companies, clubs and places the model called people, and
    one type for a company whatever the model tags it ("Cordillera Copper" as PERSON, FAC
    or PRODUCT)."""
    described_org = start > 0 and doc[start - 1].lower_ in ORG_DESCRIBERS  # "the maker Brenner"
    org_head = doc[end - 1].lower_ in ORG_HEAD_WORDS or doc[end - 1].lower_.endswith("bank") or (
        end - start > 1 and (doc[start].lower_ in CLUB_FIRST_WORDS or doc[end - 1].lower_ in CLUB_LAST_WORDS))
    if label == "PERSON" and not org_head and not described_org:
        if end - start > 1 and doc[end - 1].lower_ in PLACE_NOUNS:
            return _candidate(doc, start, end, "LOC")  # "Victoria Falls" tagged PERSON
        if end - start > 1 and doc[end - 1].lower_ in EVENT_WORDS:
            return _candidate(doc, start, end, "EVENT")  # "the Victoria Harbour Open" tagged PERSON
        if start < end and doc[start].lower_ in PLACE_PREFIXES and end - start > 1:
            return _candidate(doc, start, end, "GPE")  # "San Francisco" tagged PERSON
        return _person(doc, start, end)
    if start >= end or all(norm(t.text) in LEGAL_FORMS or t.is_space for t in doc[start:end]):
        return None  # "Co Inc" cut off "Bear Stearns and Co Inc": no name at all
    return _candidate(doc, start, end, "ORG" if label == "PERSON" or (org_head and label in _THING_LABELS) else label)


def _candidate(doc: Doc, start: int, end: int, label: str) -> Candidate:
    text = doc[start:end].text
    return Candidate(doc[start].idx, doc[start].idx + len(text), text, label)


_THING_LABELS = {"FAC", "PRODUCT", "WORK_OF_ART"}


def _given_name_before(doc: Doc, i: int) -> bool:
    """Whether a common given name, capitalised and outside any entity, comes right before
    the one-word name at `i`."""
    prev = doc[i - 1] if i else None
    return (prev is not None and prev.is_title and prev.ent_type_ == "" and prev.lower_ in GIVEN_NAMES
            and (doc[i].is_title or doc[i].lower_ in _NAME_PARTICLES))  # "Rowena" + "dela Cruz"


def _family_name_after(doc: Doc, i: int) -> bool:
    """Whether a common given name is followed by a capitalised word outside any entity
    that could be a family name: "Haddad" in "Nadia Haddad", where the model tagged only
    "Nadia"."""
    j = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in _NAME_PARTICLES else i + 1  # "dela Cruz"
    nxt = doc[j] if j < len(doc) else None
    return (nxt is not None and doc[i].lower_ in GIVEN_NAMES and doc[i].is_title and nxt.is_title
            and (nxt.ent_type_ == "" or j > i + 1) and nxt.pos_ == "PROPN"
            and norm(nxt.text) not in ORG_HEAD_WORDS | PLACE_NOUNS | EVENT_WORDS)


# Lower-case words inside family names: "dela Cruz", "van der Berg", "de la Fuente".
_NAME_PARTICLES = SURNAME_PARTICLES | {"le", "la", "bin", "bint", "binti", "ibn"}


def _placed(span: Span) -> bool:
    """"at the Jagiellonian University in Kraków", "in Amhara and Oromia", "from as far as
    Bahir Dar", "climbed Ama Dablam": one or two words the model called a person, governed
    by "in", "near", "as far as", a climbing verb or a mountain's part, are a place."""
    tok = root = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i and any(c.dep_ == "cc" for c in tok.head.children):
        tok = tok.head  # "in Amhara and Oromia"; not "in Hangzhou, Zhou Li, the manager"
    prep = tok.head
    governed = prep.lower_ in ("in", "near") or (prep.lower_ == "as" and prep.i and span.doc[prep.i - 1].lower_ == "far") \
        or (prep.lower_ == "of" and prep.head.lemma_ in _MOUNTAIN_PARTS)
    own = not any(c.dep_ in ("case", "compound") and not span.start <= c.i < span.end for c in root.children)
    climbed = tok.dep_ in ("dobj", "npadvmod") and re.fullmatch(_CLIMBING_VERB, prep.lower_) is not None
    return own and (climbed or tok.dep_ == "pobj" and governed)


# "climbed Ama Dablam", "the descent of Ama Dablam": a mountain, whatever the model says.
_CLIMBING_VERB = r"(?:climb|summit|scal|ascend|descend)(?:s|ed|ing|e|es)?"
_MOUNTAIN_PARTS = {"summit", "ascent", "descent", "slope", "flank", "foot", "peak", "face", "ridge"}


def _names_a_person(words: Span) -> bool:
    """Whether the words of a PERSON span could be a name: no figures, no market shorthand,
    not all in lower case ("striker" in "The young striker's mother")."""
    return not any(w.lower_ in NOT_NAME_WORDS or any(ch.isdigit() or ch in "<>" for ch in w.text)
                   for w in words) and any(w.text[:1].isupper() for w in words)


_EPITHET = re.compile(r"[a-z]+(?:ensis|iensis|ii|ae|um|us|oides|icus|ica|ata|atus|ans|ens)")


def _species_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word "person" is a genus before its species ("Pseudomonas
    suncheonensis", "Vibrio cholerae"), not a given name ("Marcus")."""
    nxt = doc[end] if end < len(doc) else None
    return (end - start == 1 and nxt is not None and _EPITHET.fullmatch(nxt.text) is not None
            and doc[start].lower_ not in GIVEN_NAMES)


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
    short = nxt.is_title and nxt.is_alpha and len(nxt.text) <= 3
    if short and not nxt.ent_type_ and doc[end - 1].whitespace_:
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
                     titles, -1, honorific=doc[mention_start].lower_.rstrip(".")
                     if doc[mention_start].lower_ in HONORIFICS else "")


def _titles_before(doc: Doc, start: int) -> list[str]:
    """Title words right before a name: "President", "Trade minister"."""
    titles, i = [], start - 1
    # "Sgt" "." where the tokenizer split the abbreviation's full stop off
    if i >= 1 and doc[i].text == "." and doc[i - 1].lower_ + "." in TITLES and doc[i - 1].is_title:
        titles, i = [doc[i - 1].text + "."], i - 2
    while i >= 0 and (doc[i].lower_ in TITLES or (titles and doc[i].pos_ == "PROPN" and i == start - 2)):
        titles.insert(0, doc[i].text)
        i -= 1
    return [" ".join(titles)] if titles else []


def _appositive_titles(span: Span) -> list[str]:
    """Roles in apposition: "Alasdair Munro, the council leader"; "the transport
    minister, Funke Adeyemi"."""
    return [n.text.lower() for n in appositions(span) if n.lower_ in TITLES]


# 2. Clustering names ----------------------------------------------------------------

def cluster_names(cands: list[Candidate]) -> list[list[Candidate]]:
    """Group candidates: identical names, then short person forms onto full names."""
    clusters: list[list[Candidate]] = []
    by_key: dict[tuple, int] = {}
    for cand in sorted(cands, key=lambda c: (-len(norm(c.name).split()), c.start)):
        # "Mr Choi" and "Ms Choi" in one article are two people, and "the elder Mr Choi" is
        # not "the younger": gender and seniority are part of the key.
        # A full name is one person whatever rank follows it ("Paweł Wiśniewski, the younger").
        key = (norm(cand.name), _type_group(cand.label), cand.gender if " " not in cand.name else None,
               cand.rank if " " not in cand.name else 0)
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
    _distinct_honorifics(cands, clusters)
    return clusters


# "who is known around the marina as Gus", "who goes by Greg", "called him “Papa K”".
_NICKNAME = re.compile(r"(?:\b(?:known|referred to)(?:\s+[\w-]+){0,4}\s+as|\bgoes by|\bnicknamed|\bdubbed"
                       r"|\b(?:called|calls|call)\s+(him|her))\s*[\"“‘']?((?:[A-Z]\.|[A-Z][\w'-]*)(?:\s(?:[A-Z]\.|[A-Z][\w'-]*)){0,2})")


def nicknames(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> None:
    """"Graham McInnes, 71, who is known around the marina as Gus", "Fans called him “Papa
    K”": the nickname is a name of that person, there and wherever else it is used."""
    text = doc_text(doc)
    people = [c for c in cands if c.label == "PERSON" and c.cluster >= 0]
    for found in _NICKNAME.finditer(text):
        target = _nicknamed(doc, text, found, people)
        if target is None:
            continue
        nick, start = norm(found.group(2)), found.start(2)
        for i, cluster in enumerate(clusters):
            if i != target and {norm(m.name) for m in cluster if is_name(m)} == {nick}:
                for m in cluster:
                    m.cluster, m.nickname = target, is_name(m)
                clusters[target] += cluster
                clusters[i] = []
        if not any(c.start <= start < c.end for c in people):
            mention = Candidate(start, found.end(2), found.group(2), "PERSON", cluster=target, nickname=True)
            locate(doc, mention)
            cands.append(mention)
            clusters[target].append(mention)


def _nicknamed(doc: Doc, text: str, found: re.Match, people: list[Candidate]) -> int | None:
    """Whom a nickname cue speaks of: the pronoun's person ("called him"), else the person
    named last before the cue in its sentence, not a place after "of" ("Grzegorz Sobczak,
    52, of Schaumburg, who goes by Greg")."""
    if found.group(1):
        return next((c.cluster for c in people if c.start == found.start(1)), None)
    sent = doc.char_span(found.start(), found.end(), alignment_mode="expand")
    if sent is None:
        return None
    first = sent.sent.start_char
    before = [c for c in people if first <= c.start < found.start() and is_name(c)
              and not text[:c.start].rstrip().endswith((" of", " in", " from"))]
    if not before or not _NICKNAME_GAP.fullmatch(text[before[-1].end:found.start()]):
        return None  # "Mr Hale opposed the plan, known as Project Fear": the plan's name
    return before[-1].cluster


# What may stand between a person and a nickname cue: ", 71, who is", ", 52, of
# Schaumburg, who", ", also".
_NICKNAME_GAP = re.compile(r"[\s,\d]*(?:(?:of|from) [^,]+,)?\s*(?:who\s+(?:is\s+|was\s+|has been\s+|had been\s+)?)?"
                           r"(?:also\s+|\w+ly\s+)?")


def _type_group(label: str) -> str:
    # spaCy labels one country GPE or NORP or LOC by context; keep those apart from people.
    return label if label == "PERSON" else "OTHER"


def _short_form_target(cand: Candidate, clusters: list[list[Candidate]], settling: bool = False) -> int | None:
    """A one-word person name joins the full name whose family name (or, failing that,
    any end of the name) it is; candidates are filtered by gender, then by recency."""
    words = surname_words(cand.name)
    if len(words) != 1:
        return None
    options = _paternal_first(words[0], [i for i, c in enumerate(clusters) if is_person(c)
                                         and words[0] == family_name(full_name(c))], clusters)
    chosen = _pick(cand, _not_named_alongside(cand, options, clusters), clusters, settling)
    if chosen is not None:
        return chosen
    # Failing a family name that fits, either end of a name ("Ren Sano", where Ren could
    # be a Chinese family name; a given name used alone).
    ends = [i for i, c in enumerate(clusters) if is_person(c) and words[0] in name_ends(full_name(c))]
    chosen = _pick(cand, _not_named_alongside(cand, ends, clusters), clusters, settling)
    if chosen is not None:
        return chosen
    # Failing those, the one person whose given name it shortens: "Ray" for Raymond Kessler,
    # "Funmi" for Funmilayo Adeyemi, "Bayo" for Adebayo Ogunleye.
    short = [i for i, c in enumerate(clusters) if is_person(c) and " " in full_name(c)
             and _shortens_given_name(words[0], norm(full_name(c)).split()[0])]
    return short[0] if len(short) == 1 else None


def _shortens_given_name(word: str, given: str) -> bool:
    if word in DIMINUTIVES:
        return given in DIMINUTIVES[word]
    return len(word) >= 4 and word != given and (given.startswith(word) or given.endswith(word))


def _paternal_first(word: str, options: list[int], clusters: list[list[Candidate]]) -> list[int]:
    """A bare "Mamani" is the one whose father's surname it is ("Jorge Luis Mamani Huamán")
    rather than those whose mother's it is ("María Elena Quispe Mamani")."""
    paternal = [i for i, c in enumerate(clusters)
                if is_person(c) and (double_surname(full_name(c)) or ("",))[0] == word]
    if not paternal:
        return options
    return [i for i in options if (double_surname(full_name(clusters[i])) or ("", ""))[1] != word] + paternal


def _longer_name_target(cand: Candidate, clusters: list[list[Candidate]]) -> int | None:
    """"Andrés Herrera" is the one "Andrés Herrera Campos" the article names, and
    "Castillo Ortega" the one "María José Castillo Ortega" (two given names, two surnames)."""
    words = norm(cand.name).split()
    if len(words) != 2:
        return None
    options = [i for i, c in enumerate(clusters) if is_person(c) and _shortens(words, norm(full_name(c)).split())]
    if len(options) > 1 and (cand.honorific or cand.titles):
        return _pick(cand, options, clusters)  # "Dr Al Suwaidi" among three Al Suwaidis: the doctor
    return options[0] if len(options) == 1 else None


def _shortens(words: list[str], full: list[str]) -> bool:
    return (len(full) == 3 and words in (full[:2], full[1:])) or (len(full) == 4 and full[2:] == words)


def _initialled_target(cand: Candidate, clusters: list[list[Candidate]]) -> int | None:
    """"I. Okafor" is the one Okafor whose given name starts with I ("Ifeanyi Okafor")."""
    words = cand.name.split()
    if len(words) != 2 or not re.fullmatch(r"[A-Z]\.?", words[0]):
        return None
    options = [i for i, c in enumerate(clusters) if is_person(c) and len(full_name(c).split()) >= 2
               and family_name(full_name(c)) == norm(words[1]) and family_name(full_name(c)) != norm(full_name(c).split()[0])
               and full_name(c)[0] == words[0][0]]
    return options[0] if len(options) == 1 else None


def _not_named_alongside(cand: Candidate, options: list[int], clusters: list[list[Candidate]]) -> list[int]:
    """News names a person in full, then shortens the name in later sentences: a short
    form is someone else than a namesake named in full earlier in its own sentence ("Wang
    Jun, who is not related to Ms. Wang"), when there is someone else."""
    others = [i for i in options if not any(
        m.sent == cand.sent and m.start < cand.start and " " in m.name for m in clusters[i])]
    return others or options


def _pick(cand: Candidate, options: list[int], clusters: list[list[Candidate]], settling: bool = False) -> int | None:
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
    if cand.honorific:
        # Where family members share a name, news calls all but one of them by their given
        # names ("Ella said ..."): "Ms Fenwick" is then a namesake not called so.
        formal = [i for i in options if not _called_by_given_name(clusters[i], cand)]
        options = formal or options
    if cand.gender:
        # A person of unknown gender stays a candidate beside those known to match: the
        # more recent one wins ("Huang Zhiwei ... Huang Lei, who oversees ... Mr Huang").
        # Failing any, the one namesake, if their gender is only their given name's usual one.
        fitting = [i for i in options if cluster_gender(clusters[i]) in (cand.gender, None)]
        options = fitting or [i for i in options if len(options) == 1
                              and all(m.weak_gender for m in clusters[i] if m.gender)]
    if not options:
        return None
    before = [i for i in options if any(m.start < cand.start for m in clusters[i])]
    if cand.rank and len(before) > 1:
        return by_seniority(before, clusters, cand.rank)
    if len(before) > 1 and not (cand.honorific or cand.titles):
        # A bare surname among namesakes is the one the story is about, the person its
        # lead names first ("Zbigniew Kowalczyk ... died ... his son, Piotr Kowalczyk ...
        # Born in 1933, Kowalczyk moved ...").
        first = _first_named(clusters)
        lead = [i for i in before if first is not None and first.sent == 0 and any(m is first for m in clusters[i])]
        if lead:
            return lead[0]
        if settling:
            # Once every name is placed, a bare surname among namesakes is the one the
            # article introduced first, its main person: the other is called by full or
            # given name ("Raymond Kessler is accused ... his cousin, Dale Kessler ... She
            # said Kessler had told investigators").
            return min(before, key=lambda i: min(m.start for m in clusters[i] if is_name(m)))
    return max(before or options, key=lambda i: _salience(clusters[i], cand.start))


def _first_named(clusters: list[list[Candidate]]) -> Candidate | None:
    """The article's first person name."""
    names = [m for c in clusters if is_person(c) for m in c if not m.role and " " in m.name]
    return min(names, key=lambda m: m.start, default=None)


def _called_by_given_name(cluster: list[Candidate], cand: Candidate) -> bool:
    """Whether the article, outside quotations, called this person by another of their
    names alone, with no honorific, before `cand` ("Ella said" after "Ella Fenwick")."""
    full = norm(full_name(cluster)).split()
    return len(full) > 1 and any(
        m.start < cand.start and not m.aside and not m.role and not m.honorific
        and len(norm(m.name).split()) == 1 and norm(m.name) in full and norm(m.name) != norm(cand.name)
        for m in cluster)


_PARENTS = {"father", "mother", "grandfather", "grandmother", "dad", "mum", "mom"}


_CHILDREN = {"son", "daughter", "grandson", "granddaughter"}


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
        if cand.label != "PERSON" or len(surname_words(cand.name)) != 1 or not cand.gender:
            continue
        _move(cand, _short_form_target(cand, _without(cand, clusters)), clusters)


def _settle_namesakes(cands: list[Candidate], clusters: list[list[Candidate]], bare: bool = False) -> None:
    """Re-pick short forms among namesakes once every name is placed: a bare "Kessler"
    (`bare`, before pronouns are bound) is the namesake introduced first; after pronouns,
    "Mr Okafor" is the person the last sentences were about ("He was arrested with his
    younger brother, Obinna Okafor ... He ... the accused ... Mr Okafor" is not the
    brother). Short forms kinship placed, titled, ranked ("the elder Menon") and "Dr" forms
    keep what their title or rank chose."""
    for cand in cands:
        if _namesake_short_form(cand, clusters) and (cand.honorific == "" or not bare):
            _move(cand, _short_form_target(cand, _without(cand, clusters), settling=True), clusters)


def _namesake_short_form(cand: Candidate, clusters: list[list[Candidate]]) -> bool:
    if cand.label != "PERSON" or cand.role or cand.titles or cand.rank or cand.settled:
        return False
    words = surname_words(cand.name)
    if len(words) != 1 or cand.honorific not in ("", "mr", "ms", "mrs", "miss"):
        return False
    word = words[0]
    return sum(is_person(c) and word in _family_words(full_name(c))
               and any(m.start < cand.start for m in c if m is not cand) for c in clusters) > 1


def _distinct_honorifics(cands: list[Candidate], clusters: list[list[Candidate]]) -> None:
    """News calls one person by one honorific: where "Dr Sano" and "Mr Sano" landed on one
    namesake and the other namesake ("Sano Keiko") is called by none, "Dr Sano" is her."""
    for i, cluster in enumerate(clusters):
        if not is_person(cluster) or " " not in full_name(cluster):
            continue
        forms = {}
        for m in cluster:
            if m.honorific and not m.role and len(norm(m.name).split()) == 1:
                forms.setdefault(m.honorific, []).append(m)
        if len(forms) != 2:
            continue
        neutral = [w for w in forms if HONORIFICS.get(w, HONORIFICS.get(w + ".")) is None]
        others = [j for j, c in enumerate(clusters) if j != i and is_person(c) and " " in full_name(c)
                  and same_family(full_name(c), full_name(cluster)) and not any(m.honorific for m in c)]
        if len(neutral) == 1 and len(others) == 1 and all(
                m.gender in (None, cluster_gender(clusters[others[0]])) for m in forms[neutral[0]]):
            for m in forms[neutral[0]]:
                _move(m, others[0], clusters)


def _settle_ranked(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> None:
    """"Mr. Okafor, the younger," is chosen again once descriptions have given the
    namesakes' ages ("The 24-year-old, running only his second marathon"). Only a rank
    given after the name: "the elder Mr Lee" keeps what the names alone said (re-picking
    those too lowered the namesake set heldout2 from 0.818 to 0.800)."""
    for cand in cands:
        if cand.label == "PERSON" and cand.rank and not cand.role and len(surname_words(cand.name)) == 1 \
                and _RANK_AFTER.match(doc_text(doc), cand.end):
            _move(cand, _short_form_target(cand, _without(cand, clusters)), clusters)


def _without(cand: Candidate, clusters: list[list[Candidate]]) -> list[list[Candidate]]:
    """The clusters as if `cand` were in none, to choose its place again."""
    return [c if c is not clusters[cand.cluster] else [m for m in c if m is not cand] for c in clusters]


def _move(cand: Candidate, target: int | None, clusters: list[list[Candidate]]) -> None:
    if target is not None and target != cand.cluster:
        clusters[cand.cluster].remove(cand)
        cand.cluster = target
        clusters[target].append(cand)


# 5. Output --------------------------------------------------------------------------

def to_entities(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Entity]:
    """Number entities by first mention and give each its canonical (fullest) name."""
    live = [c for c in clusters if any(m.label != "PERSON" or names_entity(m) or m.relation for m in c)]
    live.sort(key=lambda c: min(m.start for m in c))
    entities = []
    for members in live:
        named = [m for m in members if names_entity(m)]
        relation = next((m.relation for m in members if m.relation), "")
        if not named and not relation:
            continue
        n = len(entities) + 1
        mentions = sorted({(m.start, m.end) for m in members})
        entities.append(Entity(
            id=f"E{n}", name=" ".join(full_name(named).split()) if named else relation,
            type=majority_label(named) if named else "PERSON",
            mentions=[Mention(s, e, doc_text(doc)[s:e]) for s, e in mentions],
            titles=sorted({t for m in members for t in m.titles}),
            gender=cluster_gender(members), stands_for=_government(doc, named) if named else None,
            described=not named))
    return entities


def _government(doc: Doc, named: list[Candidate]) -> str | None:
    """The country a seat of government acts for ("Pyongyang said", "the Kremlin
    warned"): only when a mention is the subject of a verb of saying or doing, so that
    "talks in Seoul" stay a place."""
    country = SEAT_OF_GOVERNMENT.get(norm(full_name(named)))
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
