"""Descriptions that are mentions of a person: titles ("the president"), appositions
("a veteran negotiator"), roles said in passing, a news lead's opening description,
descriptions given again, ages ("the 35-year-old"), people brought in without a name,
descriptions speaking beside a quotation ("the pensioner said"), and a race report's
"the incumbent" and "the challenger"."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..segment import inside
from .mention import (PERSONAL_PRONOUNS, POSSESSIVE, RANK_WORDS, Candidate, appositions, cluster_gender, continues, describe,
                      doc_text, enclosing_quote, in_law, is_subject, lead_sentence, most_named_besides,
                      main_clause_subject, names_entity, norm, opens_restriction, overlaps, person_at, quoted_speaker, root_of, unnamed,
                      window_start)
from .names import (FEMALE_WORDS, FIRM_NOUNS, GENERIC_ORG_NOUNS, KIN_WORDS, MALE_WORDS, PERSON_NOUNS,
                    PRONOUN_GENDER, TITLE_SYNONYMS, TITLES)
from .nationalities import DEMONYMS
from .relations import RELATIONS
from .syntax import SUBJECTS


def role_mentions(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the president" binds to the person most recently given that title by name; "the
    ministry" to the latest organisation with that word in its name. Inside a quotation
    the role is never the one quoted ("“The minister asked good questions,” Mr Kerrigan
    said", though he is a minister too)."""
    out = []
    people = [c for c in cands if c.label == "PERSON"]
    for tok in doc[1:]:
        det = doc[tok.i - 1].lower_
        if det not in ("the", "its") or not tok.is_lower or (det == "its" and tok.lower_ not in TITLES):
            continue  # "its founder" is a person; "its ministry" is no organisation's
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("PROPN", "NOUN"):
            continue
        if doc[tok.i + 1:tok.i + 3].text.replace(" ", "") == "-elect":
            continue  # "the mayor-elect" is the newcomer: see succession.newcomers
        quote = enclosing_quote(doc, tok.idx)
        holder = _role_holder(tok, cands + out, quoted_speaker(doc, quote, people) if quote else None,
                              ahead=det == "the")
        if holder is None and det == "its" and tok.sent == lead_sentence(doc):
            holder = _first_named_after_lead(doc, tok, people)
        if holder is not None and _named_after(clusters[holder], tok.idx) and not _gender_fits(
                doc, tok, cluster_gender(clusters[holder])):
            continue  # "The leader of Wakefield Council ... she": not the leader named next, a man
        if holder is not None:
            label = clusters[holder][0].label
            out.append(Candidate(doc[tok.i - 1].idx, tok.idx + len(tok.text), f"{det} {tok.text}",
                                 label, cluster=holder))
            clusters[holder].append(out[-1])
    return out


def _role_head(description: str) -> str:
    """A description's head noun, lower-cased: "engineer" in "an engineer at the bureau",
    "chairman" in "the chairman of Daeyang Group"."""
    return re.split(r" (?:of|at|for) ", description, maxsplit=1)[0].split()[-1].lower()


def _first_named_after_lead(doc: Doc, tok: Token, people: list[Candidate]) -> int | None:
    """"Farmlink said it had raised $18 million, three years after its founder was turned
    down ...": a lead that names nobody is about the person the next paragraph names."""
    if any(c.start < tok.sent.end_char for c in people):
        return None
    later = [c for c in people if " " in c.name and c.start <= _next_paragraph_end(doc, tok.idx)]
    return later[0].cluster if later else None


def _description_end(head: Token, name: Span) -> int:
    """Where a description ends: after its "of" phrase ("a professor of economics", "the
    chairman of Daeyang Group") or a nameless "at" or "for" phrase ("a senior official at
    the disaster ministry"), else at its head noun; never into the name."""
    at = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "for")), None)
    if at is not None and at.i > name.end and at.right_edge.i > at.i and not any(
            t.pos_ == "PROPN" or t.ent_type_ or t.is_punct for t in at.subtree):
        return at.right_edge.idx + len(at.right_edge.text)
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or of.i < name.start <= of.right_edge.i or head.lower_ in KIN_WORDS or (
            obj.lower_ in PERSON_NOUNS or obj.lower_ in TITLES or obj.ent_type_ == "PERSON"):
        return head.idx + len(head.text)  # "the son of a local kiln owner": another person
    last = of.right_edge
    # "the chief physician of Marmara Park Hospital, who said ...": not into a clause
    stop = next((t for t in head.doc[of.i + 1:last.i + 1] if t.is_punct or t.lower_ in _RELATIVES), None)
    if stop is not None:
        last = head.doc[stop.i - 1]
    return last.idx + len(last.text)


_RELATIVES = {"who", "whom", "whose", "which", "that"}


def _opens_clause(head: Token, name: Span) -> bool:
    """"by the prosecutor, Aisha Bello, the developer conceded": a description after a name
    and its comma, with a verb right after it and no closing comma, is the next clause's
    subject, not an apposition."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return head.i > name.end and nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _named_after(cluster: list[Candidate], at: int) -> bool:
    return all(m.start > at for m in cluster)


def _gender_fits(doc: Doc, tok: Token, gender: str | None) -> bool:
    """Whether the first "he" or "she" after `tok` in its sentence, outside quotations,
    allows a person of `gender`."""
    pronoun = next((t.lower_ for t in doc[tok.i + 1:tok.sent.end] if t.lower_ in ("he", "she")
                    and enclosing_quote(doc, t.idx) is None), None)
    return pronoun is None or gender is None or PRONOUN_GENDER[pronoun] == gender


def appositive_roles(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]],
                     of_descriptions: bool = False) -> list[Candidate]:
    """A description in apposition to a person's name is a mention of that person: "Kim
    Chol-ho, a veteran negotiator", "the unification minister, Kim Seo-yeon", "his son,
    Lee Jae-won". The mention runs from the description's first word to its head noun.
    With `of_descriptions`, the same for descriptions already bound, once every binding is
    known: "The 58-year-old, a former aerospace engineer", "Her husband, a calligrapher"."""
    out = []
    taken = {(c.start, c.end) for c in cands}
    for cand in cands:
        if cand.label != "PERSON" or cand.role != of_descriptions or cand.cluster < 0:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        heads = appositions(span)
        for head in heads:
            if head.pos_ != "NOUN" or head.i in range(span.start, span.end) or _opens_clause(head, span):
                continue
            if head.i < span.start and not _personal(head) and not _owned_just_before(head, span):
                continue  # "the third improved offer Brennan has made", "Outside the unit, Ms Bautista"
            if head.lower_.endswith("ing") and not _personal(head):
                continue  # "Amelia Osei, prosecuting, told the court": what she does there
            law = in_law(head)  # "His son-in-law, Zhou Lei,"
            if _hyphen_at(doc, head.i) or (_hyphen_at(doc, head.i + 1) and law is None):
                continue  # "a co", "-": the model's pieces of "a co-founder", taken whole below
            start = _first_piece(doc, head, heads).left_edge
            if start.pos_ == "VERB" and span.root.dep_ == "ROOT" or start.is_punct:
                continue  # "Aya, 61, studied ceramics", "Her aunt, Seo Jung-ok, bakes": a verb, misread
            if any(t.pos_ in ("VERB", "AUX") for t in doc[span.end:start.i]):
                continue  # "Mr Park is survived by his wife, ...; his daughter": past a verb, misread
            end = _description_end(law or head, span)
            more = next((c for c in head.children if c.dep_ == "conj" and _personal(c)
                         and not span.start <= c.i < span.end and (c.i < span.start) == (head.i < span.start)
                         and not any(d.dep_ in ("det", "poss") for d in c.children)), None)
            if more is not None:  # "its co-founder and chief executive, Chinedu Okonkwo"; "X, a guitarist and bandleader"
                end = max(end, more.idx + len(more.text))
            role = Candidate(start.idx, end, doc_text(doc)[start.idx:end], "PERSON", cluster=cand.cluster,
                             role=True)
            clash = of_descriptions and any(a < role.end and role.start < b for a, b in taken)
            # "Kowalchuk, her sister-in-law Brianne Kowalchuk and ...": the name right after
            # the description is the one it describes.
            named_next = any(c.label == "PERSON" and not c.role and c is not cand
                             and 0 <= c.start - role.end <= 1 for c in cands)
            if (role.start, role.end) not in taken and not overlaps(role, cand) and not clash and not named_next:
                taken.add((role.start, role.end))
                out.append(role)
                clusters[cand.cluster].append(role)
    return out


def _hyphen_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].text in ("-", "–")


def _first_piece(doc: Doc, head: Token, heads: list[Token]) -> Token:
    """"co" for "founder" in "a co-founder", which the model may parse as three
    appositions ("co", "-", "founder")."""
    ids = {h.i for h in heads}
    while head.i >= 2 and _hyphen_at(doc, head.i - 1) and (head.i - 2 in ids or head.left_edge.i == head.i):
        head = doc[head.i - 2]  # or hung on the verb: "removed its co-founder and chief executive, X"
    if head.left_edge.i == head.i and head.i >= 1 and doc[head.i - 1].lower_ in _OPENERS:
        return doc[head.i - 1]
    return head


_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my"}
_NAMING = {"named", "called"}


def descriptions_before_names(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A description right before a person's name is a mention of them, with or without a
    comma, which the parser often reads as a list rather than an apposition: "the
    Brazilian defender Thiago Ramos", "their captain, Iker Sanz Domínguez", or introduces
    it ("a retired teacher named Grace Okonkwo"). It may hold a place or nationality
    ("Brazilian"), never another person."""
    taken = [(c.start, c.end) for c in cands if c.label == "PERSON"]
    out = []
    for cand in cands:
        if cand.label != "PERSON" or cand.role:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        while span is not None and span.start > 0 and doc[span.start - 1].is_title and doc[span.start - 1].lower_ in TITLES:
            span = doc[span.start - 1:span.end]  # "a former pupil, Detective Sergeant Amy Clarke"
        if span is None or span.start < 2:
            continue
        link = doc[span.start - 1].text == "," or doc[span.start - 1].lower_ in _NAMING
        head = span.start - 1 - link
        last = doc[head]
        if link and doc[span.start - 1].text == ",":
            head = _before_who_clause(doc, head, span) or _before_years(doc, head) or head
        noun = doc[head]
        titled = link and noun.is_title and noun.lower_ in TITLES and doc[head - 1].lower_ == "the"
        if not titled and (noun.pos_ != "NOUN" or not noun.is_lower or noun.tag_ != "NN"):
            continue  # "The Speaker, Alban Mensah," may be written with a capital
        if noun.lower_ in KIN_WORDS and not (link and _misread_apposition(span)):
            continue  # kin before a name are read by kinship, but for a misparsed apposition
        if doc[span.start - 1].lower_ in _NAMING and not _person_noun(noun):
            continue  # "The bank named Ruth Abara as chairwoman"
        if not titled and not _personal(noun):
            continue  # "to lift its economy, Henri Delacroix said"; "the third offer Brennan has made"
        if link and noun.dep_ == "pobj" and _opening_phrase(noun, span):
            continue  # "After the verdict, Mr. Feld said": an opening phrase, not a description
        if link and noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of", "to") and _personal(noun.head.head):
            continue  # "A spokesman for the challenger, Ladi Bamidele": the spokesman's name
        first = head
        while first > 0 and first > head - 4 and doc[first - 1].lower_ not in _OPENERS and (
                doc[first - 1].pos_ in ("ADJ", "NOUN", "NUM", "PROPN") or doc[first - 1].text == "-"):
            first -= 1
        if first == 0 or doc[first - 1].lower_ not in _OPENERS:
            continue
        tail = last if last.lower_ == "years" else noun  # "his wife of 58 years"
        start, end = doc[first - 1].idx, tail.idx + len(tail.text)
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        out.append(describe(doc, start, end, cand.cluster, clusters))
    return out


def stacked_descriptions(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A description before a bound one and its comma is the same person's: "they shared a
    doubles coach, the Serbian former player Elena Marković"."""
    taken = [(c.start, c.end) for c in cands if c.label == "PERSON"]
    out = []
    for cand in [c for c in cands if c.role and c.cluster >= 0]:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        found = _stacked_description(doc, span.start) if span is not None else None
        if found is not None and not any(a < found[1] and found[0] < b for a, b in taken):
            taken.append(found)
            out.append(describe(doc, *found, cand.cluster, clusters))
    return out


def _stacked_description(doc: Doc, opener: int) -> tuple[int, int] | None:
    """The span of a description of a person ending in the comma before token `opener`."""
    if opener < 3 or doc[opener - 1].text != ",":
        return None
    noun = doc[opener - 2]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.tag_ != "NN" or not _personal(noun) or noun.lower_ in KIN_WORDS:
        return None
    first = noun.i
    while first > noun.i - 3 and doc[first - 1].pos_ in ("ADJ", "NOUN") and doc[first - 1].lower_ not in _OPENERS:
        first -= 1
    det = doc[first - 1]
    return (det.idx, noun.idx + len(noun.text)) if det.lower_ in ("a", "an", "the") else None


def _before_years(doc: Doc, last: int) -> int | None:
    """The noun before "of 58 years": "his wife of 58 years, Lee Mi-sook"."""
    if last >= 3 and doc[last].lower_ == "years" and doc[last - 1].like_num and doc[last - 2].lower_ == "of":
        return last - 3
    return None


_STOPS = {",", ".", ";", ":", "who", "whose", "which", "that", "and", "—", "–", "(", ")"}


def _before_who_clause(doc: Doc, last: int, name: Span) -> int | None:
    """The person noun a short "who" clause hangs on, where the name after the clause's
    comma is set off by a comma of its own: "the opposition leader who brought the motion,
    Paula Echeverría, traded accusations"."""
    if name.end >= len(doc) or doc[name.end].text != ",":
        return None
    for i in range(last, max(last - 10, 1), -1):
        if doc[i].is_punct:
            return None
        if doc[i].lower_ == "who":
            noun = doc[i - 1]
            return i - 1 if noun.is_lower and noun.tag_ == "NN" and _personal(noun) else None
    return None


def descriptions_after_names(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A description right after a name and its comma is a mention of that person where
    the parser did not see the apposition, as it often does not beside a name it split
    ("Park Min-seo, the company's chief executive, and", "Lee Sang-hoon, the 74-year-old
    chairman of Daeyang Group, said"): from its determiner to its head, a person noun,
    with an "of" phrase as in an apposition."""
    taken = [(c.start, c.end) for c in cands if c.label == "PERSON"]
    out = []
    for cand in cands:
        if cand.label != "PERSON" or cand.role or cand.cluster < 0:
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
            continue
        det = doc[span.end + 1]
        if det.lower_ not in ("the", "a", "an") or enclosing_quote(doc, det.idx) is not None:
            continue
        head = _phrase_head(doc, det.i + 1)
        if head is None or not _personal(head) or head.lower_ in KIN_WORDS:
            continue
        end = _description_end(head, span)
        if any(a < end and det.idx < b for a, b in taken):
            continue
        taken.append((det.idx, end))
        out.append(describe(doc, det.idx, end, cand.cluster, clusters))
    return out


def _phrase_head(doc: Doc, i: int) -> Token | None:
    """The last noun of a noun phrase starting at token `i`, read on the surface: words
    of a description ("74-year-old", "company's", "chief") up to a comma, "of" or a
    clause; None when a verb or a name comes first."""
    head = None
    while i < len(doc) and doc[i].lower_ not in _STOPS and doc[i].lower_ != "of":
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX", "PRON", "ADP") or tok.ent_type_ == "PERSON":
            return None
        if tok.pos_ == "NOUN":
            head = tok
        i += 1
    return head if head is not None and head.i == i - 1 else None


def _misread_apposition(name: Span) -> bool:
    """Whether the parser hung a name after "kin word," on the verb, though it is the
    relative's ("runs the bakery with her aunt, Seo Jung-ok."); a name that is the next
    clause's subject is not ("When he visited his mother, Tom Hale said")."""
    return name.root.dep_ not in ("nsubj", "nsubjpass", "appos", "conj") and name.root.head.pos_ in ("VERB", "AUX")


def _opening_phrase(noun: Token, name: Span) -> bool:
    """Whether a prepositional object before a name and its comma ends a phrase opening
    the sentence ("After the verdict, Mr. Feld said", "Giving evidence for the first time,
    Mr Adeyemi said"), the name being the subject that follows it."""
    if noun.lower_ in PERSON_NOUNS or noun.lower_ in TITLES:
        return False
    if noun.head.i == noun.sent.start:
        return True
    root = name.root
    return root.dep_ in ("nsubj", "nsubjpass") and noun.i not in {t.i for t in root.subtree} and any(
        t.i == noun.i for c in root.head.children if c.i < root.i and c.dep_ in ("advcl", "prep") for t in c.subtree)


def lead_description(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A news lead that opens on a description ("The founder of Gulf Crest Shipping said
    ...", "A businessman accused of cheating pensioners went on trial ...") is about the
    person the body names next: the one holding that title, else the first person named
    after the lead whose gender fits the lead's pronouns ("that she step aside")."""
    lead = lead_sentence(doc)
    if lead is None:
        return []
    # "A mountain guide carried a climber ..., the company said": the reported clause's subject.
    clauses = [lead.root] + [t for t in lead.root.children if t.dep_ == "ccomp"]
    subjects = [t for c in clauses for t in c.children if t.dep_ in ("nsubj", "nsubjpass")]
    # "SHENZHEN — The founder of ... has resigned": the parser makes the dateline the subject.
    subjects += [a for t in subjects if t.is_upper for a in t.children if a.dep_ == "appos"]
    head = next((t for t in subjects if _person_noun(t)), None)
    if head is None:
        # "A jury convicted a 24-year-old man ...", "... suspended a prominent medical
        # researcher": failing a subject, the lead's first indefinite person, when the lead
        # names nobody.
        named = any(lead.start_char <= c.start < lead.end_char for c in cands if c.label == "PERSON")
        # A noun a company is called too comes last: "ordered a comics publisher to hand back
        # the rights to the artist who drew it".
        found = [] if named else [t for t in lead if t.dep_ in ("dobj", "pobj") and _person_noun(t) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children)]
        head = min(found, key=lambda t: (t.lower_ in FIRM_NOUNS, t.i), default=None)
    det = _determiner(head) if head is not None else None
    if det is None:
        return []
    start, end = det.idx, head.idx + len(head.text)
    if any(c.start < end and start < c.end or lead.start_char <= c.start < start
           for c in cands if c.label == "PERSON"):
        return []  # "Lee Sang-hoon, the 74-year-old chairman of ...": the lead names him
    holder = _lead_holder(doc, head, lead, cands, clusters)
    if holder is None:
        return []
    return [describe(doc, start, end, holder, clusters)] + _lead_object(doc, lead, head, holder, cands, clusters)


def _lead_object(doc: Doc, lead: Span, head: Token, holder: int, cands: list[Candidate],
                 clusters: list[list[Candidate]]) -> list[Candidate]:
    """"A high court judge ordered police to produce a missing journalist": the lead's one
    indefinite person in object position is the first person the body names after the
    subject's holder."""
    found = [t for t in lead if t.dep_ in ("dobj", "pobj") and t.i != head.i and _person_noun(t)
             and t.lower_ not in FIRM_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)]
    if len(found) != 1:
        return []
    obj = found[0]
    det = _determiner(obj)
    start, end = det.idx, obj.idx + len(obj.text)
    if obj.lower_ in ("boy", "girl", "child", "baby", "toddler") or "-year-old" in doc_text(doc)[start:end]:
        return []  # "pulled a nine-year-old boy from a rip": children and victims often go unnamed
    later = [c for c in cands if c.label == "PERSON" and not c.role and c.start >= lead.end_char and " " in c.name
             and c.cluster != holder and not _described_otherwise(c, obj) and not _relative_of(doc, c, obj.lower_)]
    if not later or any(c.start < end and start < c.end for c in cands):
        return []
    return [describe(doc, start, end, later[0].cluster, clusters)]


def _determiner(head: Token) -> Token | None:
    """"The" or "a" of a noun, also where the parser hung it on a hyphenated prefix ("The
    co-founder" read as "co", "-", "founder")."""
    det = next((c for c in head.children if c.dep_ == "det" and c.lower_ in ("a", "an", "the")), None)
    i = head.i - 1
    while det is None and i >= 1 and (head.doc[i].text == "-" or head.doc[i + 1].text == "-"):
        i -= 1
        if head.doc[i].lower_ in ("a", "an", "the"):
            det = head.doc[i]
    return det


_AGENT_ENDINGS = ("er", "or", "ist", "yst", "ian", "ant", "ent", "man", "woman", "ess", "ee", "ive", "eur")
# Things with an agent noun's ending.
_THINGS = set("""offer order number paper letter matter quarter water power border center centre
sector factor floor door error summer winter other river tower cancer computer container
chapter register cluster disaster shelter corner answer weather character manner honour honor
labour labor favour favor colour color mirror motor tractor vector interior exterior behaviour
behavior rumour rumor meter filter layer barrier carrier frontier tier pier
statement agreement government department parliament payment investment movement element
segment moment comment development equipment management settlement environment argument
document treatment amendment announcement achievement assessment commitment employment
percent event content extent current accent component
plant grant giant restaurant instant constant
initiative objective alternative incentive perspective directive
committee guarantee fee degree coffee""".split())
# Person nouns with no agent ending, beside names.PERSON_NOUNS ("a Regan protege, Beryl
# Sprinkel"): kept apart, since those also pick a news lead's subject.
_PERSON_WORDS = set("""protege ally boss head expert star child heir rookie graduate native spouse
guide patient pupil youth hero heroine legend icon monk nun envoy delegate consul peer mp
guard cop thief rebel militant chairperson fan critic pundit staffer intern nominee
appointee incumbent favourite favorite challenger provost dean principal registrar vicar
cleric scholar fellow laureate roommate flatmate housemate classmate schoolmate teammate companion
fiance fiancee fiancé fiancée girlfriend boyfriend""".split())


def _owned_just_before(head: Token, span: Span) -> bool:
    """"Their lead, Kendra Pelletier,": a possessed noun set off by a comma right before a
    person's name is what that person is, whatever the noun."""
    doc = span.doc
    return head.i + 2 == span.start and doc[head.i + 1].text == "," and any(
        c.dep_ == "poss" for c in head.children) and span.end < len(doc) and doc[span.end].text in (",", ".")


def _personal(noun: Token) -> bool:
    """Whether a noun can name a person: a person noun, a title, a kin word, or an agent
    noun by its ending ("adviser", "skipper", "economist", "consultant"), not one of the
    common things that end so too ("offer", "sector", "statement")."""
    word = noun.lower_
    if word in _THINGS:
        return False
    return word in PERSON_NOUNS or word in _PERSON_WORDS or word in TITLES or word in KIN_WORDS or word.endswith(
        _AGENT_ENDINGS)


def _person_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.is_lower and tok.tag_ == "NN" and (
        tok.lower_ in PERSON_NOUNS or tok.lower_ in TITLES)


def _lead_holder(doc: Doc, head: Token, lead: Span, cands: list[Candidate],
                 clusters: list[list[Candidate]]) -> int | None:
    gender = ("m" if head.lower_ in MALE_WORDS else "f" if head.lower_ in FEMALE_WORDS else
              next((PERSONAL_PRONOUNS[t.lower_] for t in doc[head.i + 1:lead.end]
                    if (t.lower_ in ("he", "she") or _own_possessive(t, head))
                    and not inside(doc._.quoted or [], t.idx, t.idx + 1)), None))
    titled = _title_holder(doc, head.lower_, head.idx, cands) if head.lower_ in TITLES else None
    if titled is None and head.lower_ in TITLES:
        # "A federal judge on Wednesday sentenced ...": the only one titled so by name
        # ("Judge Helen Marsh") five paragraphs on; not one described so ("the founder of a
        # rival drone maker, Wu Dehai")
        sole = {c.cluster for c in _holders(head.lower_, cands)
                if c.cluster >= 0 and not c.role and any(t[:1].isupper() for t in c.titles)}
        titled = sole.pop() if len(sole) == 1 else None
    if titled is not None and (gender is None or cluster_gender(clusters[titled]) in (None, gender)):
        return titled  # "The leader of the council ... she": not the leader named later, a man
    later = [c for c in cands if c.label == "PERSON" and not c.role and c.start >= lead.end_char
             and " " in c.name and (gender is None or cluster_gender(clusters[c.cluster]) in (None, gender))
             and not _relative_of(doc, c, head.lower_) and not _described_otherwise(c, head)]
    return later[0].cluster if later else None


def _own_possessive(tok: Token, head: Token) -> bool:
    """"A mountain guide carried a climber on his back": a possessive on the object of the
    lead person's own verb, not on another's ("sentenced an owner and his son")."""
    if tok.lower_ not in ("his", "her") or tok.dep_ != "poss":
        return False
    noun = tok.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    own = head.head
    while own.pos_ != "VERB" and own.head != own:  # "KATHMANDU — A guide carried": an apposition
        own = own.head
    return verb == own and noun.dep_ in ("dobj", "pobj")


def _described_otherwise(cand: Candidate, head: Token) -> bool:
    """"Sano Keiko, a marine biologist" is not the lead's "retired engineer"."""
    nouns = {w for w in cand.described if w in PERSON_NOUNS or w.endswith(_AGENT_ENDINGS)} - _THINGS
    generic = head.lower_ in KIN_WORDS or head.lower_ in ("man", "woman", "boy", "girl", "teenager", "person")
    return bool(nouns) and head.lower_ not in nouns and not generic


def _relative_of(doc: Doc, cand: Candidate, noun: str) -> bool:
    """Whether the name is given as a relative of the lead's person: "The boy's father, Duc
    Tran," or "His mother, Lan Tran," after "A nine-year-old boy was pulled from the surf"."""
    before = doc_text(doc)[max(0, cand.start - 40):cand.start]
    found = re.search(r"(?:\bthe " + re.escape(noun) + r"['’]s|\b(?:his|her)) (?:\w+ )?(\w+),\s*$", before, re.I)
    return found is not None and found.group(1).lower() in KIN_WORDS


def _next_paragraph_end(doc: Doc, at: int) -> int:
    """Where the paragraph after the one holding `at` ends."""
    ends = [b for a, b in (doc._.paragraphs or []) if b > at]
    return ends[1] if len(ends) > 1 else ends[0] if ends else len(doc_text(doc))


# "the new mayor" is the one who came to the post (see `_TAKING_OFFICE`, and
# succession.newcomers); "the former mayor" the one called so before (`_former_holder`).
_ROLE_MODIFIERS = {"former", "outgoing", "acting", "then", "visiting", "interim", "new", "incoming"}


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
        modifier = doc[tok.i + 1].lower_
        holder = _former_holder(doc, phrase, tok.idx, cands) if modifier in ("former", "previous") else None
        if holder is None:
            holder = _phrase_holder(doc, phrase, tok.idx, cands, modifier in _NEWLY)
        if holder is not None:
            out.append(describe(doc, tok.idx, end, holder, clusters))
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
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ == "of" or nxt.text in POSSESSIVE
                            or doc[j:j + 2].text.replace(" ", "") == "-elect"):
        return None
    return " ".join(t.lower_ for t in doc[i:j]), doc[j - 1]


def _former_holder(doc: Doc, phrase: str, at: int, cands: list[Candidate]) -> int | None:
    """"the former mayor" is whom an earlier sentence named as "the previous mayor, Ernesto
    Valdés" or "former mayor Ernesto Valdés", not the mayor now."""
    people = [c for c in cands if c.label == "PERSON" and not c.role]
    pattern = rf"\b(?:former|previous|ex-)\s*{re.escape(phrase)}(?![\w-])[,\s]*"
    for found in reversed([m for m in re.finditer(pattern, doc_text(doc), re.I) if m.end() <= at]):
        named = next((c for c in people if c.start == found.end()), None)
        if named is not None:
            return named.cluster
    return None


_NEWLY = {"new", "incoming"}
# Verbs by which someone comes to hold a role: "the new mayor" is who "was elected mayor",
# not who "was mayor from 1992 to 1995".
_TAKING_OFFICE = {"elect", "become", "appoint", "name", "choose", "pick", "promote", "select",
                  "succeed", "replace", "take", "nominate", "install", "hire", "swear"}


def _phrase_holder(doc: Doc, phrase: str, at: int, cands: list[Candidate], newly: bool = False) -> int | None:
    """The person named, before it, in the latest earlier sentence that uses `phrase`;
    `newly`, in one that says how they came to it."""
    people = [c for c in cands if c.label == "PERSON" and not c.role]
    hits = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", doc_text(doc).lower())
            if m.start() < at]
    for hit in reversed(hits):
        sent = doc.char_span(hit, hit + len(phrase), alignment_mode="expand")
        if sent is None or sent.sent.start_char <= at < sent.sent.end_char:
            continue
        if newly and not any(t.lemma_.lower() in _TAKING_OFFICE for t in sent.sent if t.pos_ in ("VERB", "AUX")):
            continue
        if sent.start and doc[sent.start - 1].lower_ in ("the", "a", "an", "another"):
            continue  # "Mr Lee met the minister": the role is someone else's
        if sent.start and doc[sent.start - 1].lower_ == "for":
            continue  # "to launch his own campaign for mayor": an office sought, not held
        if any(hit <= c.start <= hit + len(phrase) + 1 for c in people):
            # "backed by Councillor Gareth Evans": the title's own holder, if the only one
            titled = {c.cluster for h in hits for c in people if h <= c.start <= h + len(phrase) + 1}
            return titled.pop() if len(titled) == 1 else None
        named = [c for c in people if sent.sent.start_char <= c.start < hit
                 and not re.match(r"['’]s?\s*$", doc_text(doc)[c.end:hit])]  # not "Corvane's"
        if named:
            return named[-1].cluster
    return None


_DESCRIBERS = {"the", "his", "her", "their", "its"}
# Adjectives that set one person of a kind against another.
_CONTRASTING = set(RANK_WORDS) | {"other", "first", "second", "third", "new", "young"}


def described_again(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A description the article already gave someone names them again: after "her
    husband, Chukwudi Eze" or "the pianist Choi Yu-na", a later "her husband" or "the
    pianist" is that person (the latest one so described)."""
    # (start, head noun, cluster, the description's words)
    described: list[tuple[int, str, int, set[str]]] = [
        (c.start, _role_head(part), c.cluster, set(part.lower().split())) for c in cands if c.role
        for part in c.name.split(" and ")]  # "a guitarist and bandleader": either
    described += [(c.start, word, c.cluster, _words_before(doc, c)) for c in cands if c.label == "PERSON"
                  and not c.role for word in [_noun_before(doc, c)] if word]
    taken = [(c.start, c.end) for c in cands]
    others = {c.start for c in cands if c.role and c.name.lower().startswith("another ")}
    out = []
    for tok in doc[1:]:
        det = doc[tok.i - 1]
        if det.pos_ == "ADJ" and det.is_lower and det.lower_ not in _CONTRASTING and tok.i >= 2 \
                and doc[tok.i - 2].lower_ == "the":
            det = doc[tok.i - 2]  # "the retired engineer"; not "the younger potter", someone else
        if tok.pos_ != "NOUN" or det.lower_ not in _DESCRIBERS or _goes_on(doc, tok):
            continue
        if (tok.lower_ in KIN_WORDS or tok.lower_ in RELATIONS) and det.lower_ != "the":
            continue  # "her brother", "her client" is whoever hers is: see Kinship, Relations
        office = {t.lower_ for t in doc[det.i + 1:tok.i]} & _OFFICE_MODIFIERS  # "the prime minister"
        earlier = [d for d in described if d[1] == tok.lower_ and d[0] < det.idx and office <= d[3]]
        if not earlier or any(a < tok.idx + len(tok) and det.idx < b for a, b in taken):
            continue
        # "Another guide from the company, Mingma Dorje Sherpa": "the guide" is the first one.
        earlier = [d for d in earlier if d[0] not in others] or earlier
        cluster = max(earlier)[2]
        end = tok.idx + len(tok.text)
        out.append(describe(doc, det.idx, end, cluster, clusters))
    return out


# Words that make another office of the same noun: "the prime minister" is not the
# "deputy infrastructure minister".
_OFFICE_MODIFIERS = {"prime", "deputy", "vice", "assistant", "associate", "acting", "interim"}


def _goes_on(doc: Doc, tok: Token) -> bool:
    """Whether a noun phrase goes on past `tok` with another noun ("the pianist Choi");
    a possessive ends it ("the striker's winner" holds the mention "the striker")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN")


def _noun_before(doc: Doc, cand: Candidate) -> str | None:
    """"pianist" in "the pianist Choi Yu-na": a lower-case noun for a person right before
    a name (not "match" in "After the match Lozano said")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    prev = doc[span.start - 1]
    return prev.lower_ if prev.pos_ == "NOUN" and prev.is_lower and _personal(prev) else None


def _words_before(doc: Doc, cand: Candidate) -> set[str]:
    """The words of the sentence before a name, up to it: "the deputy minister Ewa Lis"."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return {t.lower_ for t in doc[span.sent.start:span.start]} if span is not None else set()


_AGE_ROLE = re.compile(r"\b[Tt]he (\d{1,3})-year-old\b(?!\s+[a-z]+\s+of\b)")


def age_roles(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the 35-year-old" is the person whose age the article gave as 35 ("Dr Osei, 35,");
    with no age given, a sentence opening "The 24-year-old" goes on about the last named
    subject before it ("Chinedu Okafor won the marathon ... The 24-year-old, running only
    his second marathon, ..."); `ages_after_pronouns` binds the rest."""
    out = []
    people = [c for c in cands if c.label == "PERSON" and not c.role]
    for m in _AGE_ROLE.finditer(doc_text(doc)):
        age, (end, named) = int(m.group(1)), _age_phrase(doc, m, people)
        ages = [c for c in people if c.start < m.start() and c.age == age]
        holder = named if named is not None else ages[-1].cluster if ages else (
            _last_subject_before(doc, m.start(), age, people, clusters) if _opens(doc_text(doc), m) else None)
        if holder is not None:
            out.append(describe(doc, m.start(), end, holder, clusters))
    return out


def _age_phrase(doc: Doc, match: re.Match, people: list[Candidate]) -> tuple[int, int | None]:
    """Where an age description ends, with the nouns after it ("The 31-year-old striker",
    "the 58-year-old property developer"), and the person it premodifies, if a name follows
    ("the 19-year-old winger Adrián Peña Lozano")."""
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None:
        return match.end(), None
    j = span.end
    # Not a verb the model read as a noun of what follows: "The 24-year-old beat France's".
    while j < len(doc) and j < span.end + 2 and doc[j].pos_ == "NOUN" and doc[j].is_lower and doc[j].dep_ != "nmod":
        j += 1
    end = doc[j - 1].idx + len(doc[j - 1]) if j > span.end else match.end()
    named = next((c.cluster for c in people if j < len(doc) and c.start == doc[j].idx), None)
    return end, named if j > span.end else None


_INDEFINITE_AGE = re.compile(r"\b[Aa]n? (\d{1,3})-year-old\b")


def indefinite_ages(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"a 24-year-old man" is the one person whose age the article gives as 24, before or
    after it ("A jury convicted a 24-year-old man ... Tyler Brandt, 24, of Gresham")."""
    people = [c for c in cands if c.label == "PERSON" and not c.role]
    taken = [(c.start, c.end) for c in cands]
    out = []
    for m in _INDEFINITE_AGE.finditer(doc_text(doc)):
        end, named = _age_phrase(doc, m, people)
        aged = {c.cluster for c in people if c.age == int(m.group(1))}
        holder = named if named is not None else aged.pop() if len(aged) == 1 else None
        if holder is None or any(a < end and m.start() < b for a, b in taken):
            continue
        out.append(describe(doc, m.start(), end, holder, clusters))
    return out


def teenagers(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the teenager" is the person last given an age from 13 to 19 before it ("the
    19-year-old winger Adrián Peña Lozano ... The teenager then won the free kick")."""
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in doc[1:]:
        det = doc[tok.i - 1]
        if det.lower_ != "the" or tok.lower_ not in ("teenager", "teen") or continues(doc, tok):
            continue
        end = tok.idx + len(tok.text)
        if any(a < end and det.idx < b for a, b in taken):
            continue
        young = [c for c in cands if c.label == "PERSON" and c.cluster >= 0 and c.start < det.idx
                 and 13 <= (_stated_age(c) or 0) <= 19]
        if young:
            holder = max(young, key=lambda c: c.start).cluster
            out.append(describe(doc, det.idx, end, holder, clusters))
    return out


def _stated_age(cand: Candidate) -> int | None:
    """A mention's age: given after the name ("Moon Ha-eun, 19,") or in it ("the 19-year-old")."""
    if cand.age is not None:
        return cand.age
    found = re.search(r"\b(\d{1,3})-year-old\b", cand.name) if cand.role else None
    return int(found.group(1)) if found else None


def ages_after_pronouns(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """An age description still unbound once pronouns are known is the person the last
    sentence before it was about, named or not: "“...,” she said. The 81-year-old trained
    as a nurse"; "she still dives most mornings. “Nothing, probably,” the 79-year-old said"."""
    taken = {c.start for c in cands}
    text = doc_text(doc)
    out = []
    for m in _AGE_ROLE.finditer(text):
        if m.start() in taken:
            continue
        # Opening a sentence or naming a quotation's speaker, it goes on about the last
        # sentence's subject; inside a sentence ("the president introduced Mr Ji, and the
        # 35-year-old waved"), about the person named last before it.
        find = _last_subject_before if _opens(text, m) or _main_subject_at(doc, m.start()) else _last_named_here
        holder = find(doc, m.start(), int(m.group(1)), cands, clusters)
        end = _age_phrase(doc, m, [])[0]
        if holder is not None:
            out.append(describe(doc, m.start(), end, holder, clusters))
    return out


def _main_subject_at(doc: Doc, at: int) -> bool:
    """Whether the description starting at `at` is its sentence's main subject, after an
    opening clause ("Asked whether Ferreyra would play, the 51-year-old said")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ not in SUBJECTS and tok.head.i != tok.i and tok.head.i > tok.i - 4 \
            and tok.head.pos_ != "VERB":
        tok = tok.head
    return tok.dep_ in SUBJECTS and tok.head.dep_ == "ROOT"


def _opens(text: str, match: re.Match) -> bool:
    """Whether an age description opens its sentence ("The 24-year-old") or names the
    speaker right after a quotation ("“...,” the 79-year-old said")."""
    before = text[max(0, match.start() - 4):match.start()]
    return match.group()[0] == "T" or re.search(r"[”\"],?\s*$", before) is not None


def _age_fits(cluster: list[Candidate], age: int) -> bool:
    """Whether a person's stated age, if the article states one, is `age`."""
    return {c.age for c in cluster if c.age is not None} <= {age}


def _last_named_here(doc: Doc, at: int, age: int, cands: list[Candidate],
                     clusters: list[list[Candidate]]) -> int | None:
    """The person named last before `at` in its own sentence, if their age fits."""
    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None:
        return None
    named = [c for c in cands if c.label == "PERSON" and names_entity(c)
             and here.sent.start_char <= c.start < at]
    if not named:
        return None
    last = max(named, key=lambda c: c.start)
    if _object_of_subject(doc, at, last) or not _age_fits(clusters[last.cluster], age):
        # "Montoya praised the 61-year-old"; "Sigrid Halvorsen, 23, had led ... where the
        # 27-year-old passed her": someone named before
        return _named_before(doc, at, age, last.cluster, cands, clusters)
    return last.cluster


def _named_before(doc: Doc, at: int, age: int, subject: int, cands: list[Candidate],
                  clusters: list[list[Candidate]]) -> int | None:
    """Whom "Montoya praised the 61-year-old" means: not Montoya, but the person named
    last before the sentence whose age fits, within a pronoun's reach."""
    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None:
        return None
    floor = window_start(doc, at)
    named = [c for c in cands if c.label == "PERSON" and names_entity(c) and c.cluster != subject
             and floor <= c.start < here.sent.start_char and _age_fits(clusters[c.cluster], age)]
    return max(named, key=lambda c: c.start).cluster if named else None


def _object_of_subject(doc: Doc, at: int, subject: Candidate) -> bool:
    """Whether the description starting at `at` is the object of a verb `subject` is the
    subject of."""
    desc = doc.char_span(at, at + 1, alignment_mode="expand")
    if desc is None:
        return False
    head = desc.root
    while head.dep_ not in ("dobj", "pobj", "dative") and head.head.i != head.i and head.pos_ != "VERB":
        head = head.head
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return head.dep_ in ("dobj", "pobj", "dative") and is_subject(doc, subject, verb)


def _last_subject_before(doc: Doc, at: int, age: int, cands: list[Candidate],
                         clusters: list[list[Candidate]]) -> int | None:
    """The person mention (name or pronoun) that is the subject of the nearest sentence
    before `at` outside quotation marks, if its person's age, if given, is `age`."""
    quoted = doc._.quoted or []
    persons = [c for c in cands
               if c.label == "PERSON" and c.start < at and not inside(quoted, c.start, c.end)]
    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None:
        return None
    sent_start = here.sent.start_char
    subjects = [c for c in persons if c.start < sent_start and is_subject(doc, c)]  # not its own sentence
    if not subjects:
        return None
    last = max(subjects, key=lambda c: c.start)
    # Of that sentence's subjects, its main clause's: "Arjun Rao won ... while his father,
    # Prakash Rao, watched. The 21-year-old ..."
    there = [c for c in subjects if c.start >= root_of(doc, last).sent.start_char]
    main = [c for c in there if main_clause_subject(doc, c)]
    for cand in (max(main, key=lambda c: c.start) if main else None, last):
        if cand is not None and _age_fits(clusters[cand.cluster], age):
            return cand.cluster
    return None


def _role_holder(tok: Token, cands: list[Candidate], speaker: int | None = None, ahead: bool = True) -> int | None:
    if tok.lower_ in TITLES:
        return _title_holder(tok.doc, tok.lower_, tok.idx, [c for c in cands if c.cluster != speaker], ahead)
    orgs = [c for c in cands if c.label == "ORG" and c.start < tok.idx]
    if tok.lower_ not in GENERIC_ORG_NOUNS:
        orgs = [c for c in orgs if tok.lower_ in norm(c.name).split()]
    return orgs[-1].cluster if orgs else None


def _title_holder(doc: Doc, word: str, at: int, cands: list[Candidate], ahead: bool = True) -> int | None:
    # The latest holder named before the role, else the first named after it by the end of
    # the next paragraph (a lead paragraph often says "the president" before the body names
    # him; "the founder of a rival drone maker, Wu Dehai" ten paragraphs on is someone else).
    holders = _holders(word, cands)
    before = {c.cluster for c in holders if c.start < at}
    if before:
        # Of several, the one the article named last, by any name ("His coach, Beatriz
        # Olmedo, said ... Cuesta, 54, has been under pressure ... the coach smiled").
        return max(before, key=lambda k: max(c.start for c in cands if c.cluster == k and c.start < at))
    soon = [c for c in holders if ahead and c.start <= _next_paragraph_end(doc, at)]
    return soon[0].cluster if soon else None


def _holders(word: str, cands: list[Candidate]) -> list[Candidate]:
    """The mentions of people the article gave a title: by name ("Judge Helen Marsh"), by
    honorific ("Prof. Aliyu Bello" for "professor") or by a description bound earlier."""
    words = TITLE_SYNONYMS.get(word, {word})
    return [c for c in cands if any(words & set(t.lower().split()) for t in c.titles)
            or c.honorific in words or (c.role and _role_head(c.name) in words)]


def nationals(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the Ethiopian said" is the one person the article named earlier as of that
    country: "Tigist Alemu of Ethiopia", "Ethiopia's Tigist Alemu", "the Ethiopian runner
    Tigist Alemu", "Tigist Alemu, a 31-year-old Ethiopian". The nationality word the model
    tagged on its own ("Ethiopian", NORP) gives way to the mention."""
    people = [c for c in cands if c.label == "PERSON" and not c.role and " " in c.name.strip()]
    out = []
    for tok in doc[1:]:
        found = _national_phrase(doc, tok)
        if found is None:
            continue
        country, demonym, end = found
        holders = {c.cluster for c in people if c.start < tok.idx and _of_country(doc_text(doc), c, country, demonym)}
        if len(holders) != 1:
            continue
        start = doc[tok.i - 1].idx
        clash = [c for c in cands if c.start < end and start < c.end]
        if any(c.label == "PERSON" for c in clash):
            continue
        for c in clash:  # "Ethiopian" alone, tagged as a nationality
            clusters[c.cluster].remove(c)
            cands.remove(c)
        out.append(describe(doc, start, end, holders.pop(), clusters))
    return out


def _national_phrase(doc: Doc, tok: Token) -> tuple[str, str, int] | None:
    """(country, demonym, end) for "the Ethiopian" or "the South Korean skater" at `tok`,
    not "the Ethiopian government" nor "the Kenyan Tigist Alemu"."""
    if not tok.is_title or doc[tok.i - 1].lower_ != "the":
        return None
    last = tok
    if tok.i + 1 < len(doc) and f"{tok.lower_} {doc[tok.i + 1].lower_}" in DEMONYMS:
        last = doc[tok.i + 1]
    demonym = tok.lower_ if last is tok else f"{tok.lower_} {last.lower_}"
    if demonym not in DEMONYMS:
        return None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN":
        if nxt.lower_ not in PERSON_NOUNS and nxt.lower_ not in TITLES:
            return None  # "the Ethiopian government"
        last = nxt
    elif nxt is not None and nxt.pos_ in ("PROPN", "NOUN"):
        return None
    return DEMONYMS[demonym], demonym, last.idx + len(last.text)


def _of_country(text: str, cand: Candidate, country: str, demonym: str) -> bool:
    """Whether the text places the person named at `cand` in `country`."""
    after, before = text[cand.end:cand.end + 80], text[max(0, cand.start - 60):cand.start]
    nation, people = re.escape(country), re.escape(demonym)
    return bool(re.match(rf",?\s+(?:of|from)\s+(?:the\s+)?{nation}\b", after)
                or re.search(rf"\b{nation}['’]s\s+$", before)
                or re.search(rf"(?i:\b{people})\s+(?:[a-z-]+\s+){{0,2}}$", before)
                or re.match(rf",\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}(?i:{people})\b", after))


def central_descriptions(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the striker", "the defector" that no earlier rule bound, and that the article never
    gave anyone, is its central person: the one mentioned most so far (a news story goes
    on about one person by description: "Tunde Bakare scored twice ... four days after the
    striker had asked to leave"). Not a description that opens a new person ("the man who
    paid him", "the founder of a rival firm"), nor a quotation's own speaker."""
    taken = [(c.start, c.end) for c in cands]
    people = [c for c in cands if c.label == "PERSON"]
    out = []
    for tok in doc[1:]:
        det = doc[tok.i - 1]
        if det.lower_ != "the" or not tok.is_lower or tok.lower_ not in _CENTRAL_NOUNS:
            continue
        end = tok.idx + len(tok.text)
        if _goes_on(doc, tok) or _restricted(doc, tok) or any(a < end and det.idx < b for a, b in taken):
            continue
        quote = enclosing_quote(doc, tok.idx)
        speaker = quoted_speaker(doc, quote, people) if quote else None
        holder = _central(doc, tok, people, clusters, speaker)
        if holder is not None:
            out.append(describe(doc, det.idx, end, holder, clusters))
    return out


# Elected offices, whose holder a race report calls "the incumbent".
_OFFICES = {"governor", "gov.", "mayor", "president", "senator", "sen.", "premier", "minister",
            "councillor", "representative", "rep.", "chancellor"}


_RIVAL_WORDS = {"rival", "opponent"}


def contest_roles(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"the incumbent" of a race report is the one person it names with an elected office
    ("Governor Tunde Olaniyan"), and "the challenger" the one it calls a rival or
    opponent ("His rival, Segun Adebayo-Cole"), else the person it names most often
    besides, if clearly so."""
    people = [c for c in cands if c.label == "PERSON" and c.cluster >= 0 and names_entity(c)]
    offices = {c.cluster for c in people if any(_OFFICES & set(t.lower().split()) for t in c.titles)}
    if len(offices) != 1:
        return []
    incumbent = next(iter(offices))
    rivals = {c.cluster for c in cands if c.role and c.cluster not in (incumbent, -1)
              and _role_head(c.name) in _RIVAL_WORDS}
    challenger = rivals.pop() if len(rivals) == 1 else most_named_besides(clusters, incumbent)
    taken = [(c.start, c.end) for c in cands]
    out = []
    for tok in doc[1:]:
        holder = incumbent if tok.lower_ == "incumbent" else challenger if tok.lower_ == "challenger" else None
        det = _determiner(tok) if holder is not None and tok.pos_ == "NOUN" else None
        if det is None or det.lower_ != "the" or _goes_on(doc, tok):
            continue
        end = tok.idx + len(tok.text)
        if not any(a < end and det.idx < b for a, b in taken):
            taken.append((det.idx, end))
            out.append(describe(doc, det.idx, end, holder, clusters))
    return out


_CENTRAL_NOUNS = (PERSON_NOUNS - set(KIN_WORDS) - {"man", "woman", "boy", "girl", "victim", "witness",
                                                    "friend", "colleague", "partner", "rival", "resident", "aide",
                                                    "assistant", "deputy", "spokesman", "spokeswoman", "agent",
                                                    # a court's and a police force's own people
                                                    "judge", "prosecutor", "lawyer", "detective", "officer"})


def _restricted(doc: Doc, tok: Token) -> bool:
    """"the man who paid him", "the founder of a rival firm": a new person, not one named."""
    return opens_restriction(tok) or (tok.i + 1 < len(doc) and any(c.dep_ == "relcl" for c in tok.children))


def _central(doc: Doc, tok: Token, people: list[Candidate], clusters: list[list[Candidate]],
             speaker: int | None) -> int | None:
    counts: dict[int, int] = {}
    for c in people:
        if c.start < tok.idx and c.cluster != speaker and c.cluster >= 0:
            counts[c.cluster] = counts.get(c.cluster, 0) + 1
    named = {c.cluster for c in people if not c.role}
    counts = {k: n for k, n in counts.items() if k in named and _gender_fits(doc, tok, cluster_gender(clusters[k]))}
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda k: counts[k])
    if len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
        return None
    return best


def speaking_descriptions(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"“I nearly went under the bus,” the pensioner said": a description no earlier rule
    bound, speaking beside a quotation, is the person its paragraph is about: the last
    sentence subject named before it there (or in the paragraph before, when the quotation
    opens its own), outside quotations. Not an office ("the judge said"), which news gives
    people it has not named."""
    taken = [(c.start, c.end) for c in cands]
    people = [c for c in cands if c.label == "PERSON" and c.cluster >= 0 and not c.aside]
    out = []
    for tok in doc[1:]:
        det = _speaker_determiner(tok)
        if det is None or not _speaks_beside_quote(doc, tok):
            continue
        start, end = det.idx, tok.idx + len(tok.text)
        if opens_restriction(tok) or any(a < end and start < b for a, b in taken):
            continue
        holder = _paragraph_subject(doc, start, people, clusters)
        age = re.search(r"(\d+)-year-old$", doc_text(doc)[start:end])
        if holder is None or (age and not _age_fits(clusters[holder], int(age.group(1)))):
            continue
        if _gender_fits(doc, tok, cluster_gender(clusters[holder])):
            out.append(describe(doc, start, end, holder, clusters))
            taken.append((start, end))
    return out


def _speaker_determiner(tok: Token) -> Token | None:
    """The "the" of "the retired driver" or "the 52-year-old" that `tok` heads."""
    age = tok.lower_ == "old" and tok.i >= 3 and tok.doc[tok.i - 2].lower_ == "year"
    if tok.lower_ not in _SPEAKER_NOUNS and not age:
        return None
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or not 0 < tok.i - det.i <= 5:
        return None
    between = tok.doc[det.i + 1:tok.i]
    return det if all(t.pos_ in ("ADJ", "NUM", "NOUN", "VERB") or t.text == "-" for t in between) else None


_SPEAKER_NOUNS = _CENTRAL_NOUNS - TITLES - {"official", "doctor", "nurse", "suspect", "defendant", "candidate"}
_SPEECH_LEMMAS = {"say", "tell", "add", "recall", "explain", "insist", "admit", "reply", "write"}


def _speaks_beside_quote(doc: Doc, tok: Token) -> bool:
    """Whether `tok` is the subject of a speech verb in a sentence holding a quotation."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _SPEECH_LEMMAS:
        return False
    return any(t.text in ("“", "”", '"') for t in tok.sent)


def _subject_or_root(doc: Doc, cand: Candidate) -> bool:
    """A subject, or a name the parser took for its sentence's root ("Aya, 61, studied ...")."""
    root = root_of(doc, cand)
    return root is not None and (root.dep_ in SUBJECTS or root.dep_ == "ROOT")


def _paragraph_subject(doc: Doc, at: int, people: list[Candidate], clusters: list[list[Candidate]]) -> int | None:
    """The last sentence subject named before `at` in its paragraph, else in the one before;
    a main clause's before a reported one's ("Ferreyra answered on the radio. He said
    Lozano had not spoken to him"; Ferreyra)."""
    paras = [p for p in (doc._.paragraphs or [(0, len(doc_text(doc)))]) if p[0] <= at]
    for first, _ in reversed(paras[-2:]):
        subjects = [c for c in people if first <= c.start < at and _subject_or_root(doc, c)
                    and enclosing_quote(doc, c.start) is None and not unnamed(clusters[c.cluster])]
        main = [c for c in subjects if main_clause_subject(doc, c) or not is_subject(doc, c)]
        if subjects:
            return (main or subjects)[-1].cluster
        at = first
    return None


def introduced(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A person the article brings in without a name ("a broker who took her across the
    border", "A senior aide to Mr Ogunbiyi said") is one, and "the broker" later is that
    person again; should "the broker" be named there ("The farmer, Yaw Boateng,"), the
    earlier mentions join the name."""
    taken = [c for c in cands if c.label == "PERSON"]
    out: list[Candidate] = []
    latest: dict[str, int] = {}  # head noun -> the unnamed person it last brought in
    for tok in doc:
        aide = _aide_of_named(tok, taken)
        kin = _kin_of_described(tok) or aide
        det = kin or (_determiner(tok) or _one(tok) if _unnamed_head(tok) else None)
        if det is None:
            continue
        start, end = det.idx, tok.idx + len(tok.text)
        # Not someone named there; an aide's mention holds its owner's name
        held = next((c for c in taken if c.start < end and start < c.end and (aide is None or c.end > tok.idx)), None)
        known = next((latest[w] for w in _SAME_PERSON.get(tok.lower_, (tok.lower_,)) if w in latest), None)
        if kin is not None:
            if held is not None:
                continue
            # "The young striker's mother", "Sheikh Khalid's spokesman": someone new
            cluster = len(clusters)
            clusters.append([])
            if tok.lower_ not in KIN_WORDS:
                latest[tok.lower_] = cluster  # "The spokesman" later
        elif det.lower_ == "the":
            if known is not None and held is not None and not held.relation and held.end == end:
                _join(clusters, known, held.cluster)  # "The farmer, Yaw Boateng,"
                latest = {w: k for w, k in latest.items() if k != known}
            if known is None or held is not None:
                continue
            cluster = known
        elif held is None and tok.dep_ not in ("attr", "appos") and not _generic(tok):
            cluster = latest[tok.lower_] = len(clusters)
            clusters.append([])
        else:
            continue
        mention = describe(doc, start, end, cluster, clusters)
        mention.relation = doc_text(doc)[doc[det.i + 1].idx:end]
        mention.gender = "f" if tok.lower_ in FEMALE_WORDS else "m" if tok.lower_ in MALE_WORDS else None
        out.append(mention)
        taken.append(mention)
    return out


def _aide_of_named(tok: Token, people: list[Candidate]) -> Token | None:
    """The first word of the name before "'s spokesman" ("Sheikh Khalid's spokesman said"):
    someone who speaks or works for a person named, never named."""
    if tok.lower_ not in _AIDES or tok.tag_ != "NN" or _apposed_name_follows(tok):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or not any(p.start <= owner.idx < p.end and p.cluster >= 0 for p in people):
        return None
    return owner.left_edge if owner.left_edge.pos_ == "PROPN" else None


_AIDES = {"spokesman", "spokeswoman", "spokesperson", "aide", "assistant", "bodyguard", "driver", "secretary"}


def _kin_of_described(tok: Token) -> Token | None:
    """The "the" of a relative of someone described, not named, that no earlier rule
    bound: "The young striker's mother", "the boy's father"."""
    if tok.lower_ not in KIN_WORDS or tok.tag_ != "NN" or _apposed_name_follows(tok):
        return None  # not "the chairman's daughter-in-law, Yoon Seo-yeon": named there
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.is_lower
                  and c.lower_ not in ("couple", "family", "pair")), None)  # see kinship._couple
    det = next((c for c in owner.children if c.dep_ == "det" and c.lower_ == "the"), None) if owner else None
    return det if det is not None and det.i == owner.left_edge.i else None


def _apposed_name_follows(tok: Token) -> bool:
    """Whether a name follows a noun and its comma: "daughter-in-law, Yoon Seo-yeon"."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and doc[j].lower_ in ("-", "in", "law"):
        j += 1  # "daughter-in-law"
    return j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].ent_type_ == "PERSON"


def _one(head: Token) -> Token | None:
    """"One" that brings a person in as "a" would: "One old man told us ..."."""
    return next((c for c in head.children if c.dep_ == "nummod" and c.lower_ == "one"), None)


def _unnamed_head(tok: Token) -> bool:
    """A singular person noun ending its noun phrase: "broker" in "a broker who", not
    "farmer" in "a farmer cooperative"; a trade by its ending where a "who" clause says it is
    a person who speaks ("a tea seller who has kept a stall there said")."""
    return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.is_lower and not _goes_on(tok.doc, tok)
            and (tok.lower_ in PERSON_NOUNS or tok.lower_ == "child" or _speaker_by_ending(tok))
            and tok.doc[tok.i + 1:tok.i + 3].text.lower() not in ("of honour", "of honor"))  # a guard of honour


def _speaker_by_ending(tok: Token) -> bool:
    who = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in tok.children)
    return who and _personal(tok) and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH_LEMMAS


# "the child" after "a nine-year-old boy".
_SAME_PERSON = {"child": ("child", "boy", "girl")}


def _generic(tok: Token) -> bool:
    """"as a teacher", "like a quiet man": no one in particular."""
    det = _determiner(tok)
    prev = tok.doc[det.i - 1] if det is not None and det.i > 0 else None
    return prev is not None and prev.lower_ in ("as", "like", "such")


def _join(clusters: list[list[Candidate]], unnamed: int, named: int) -> None:
    for m in clusters[unnamed]:
        m.cluster, m.relation = named, ""
    clusters[named] += clusters[unnamed]
    clusters[unnamed] = []


def agent_roles(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """"The founder" after "the troupe he founded", "the winner" after "Okafor won", "the
    driver" after "Brandt was driving": a definite agent noun of a verb whose subject, earlier
    in the article, was one person and no one else."""
    doers = _doers(doc, cands)
    out = []
    for tok in doc:
        det = doc[tok.i - 1] if tok.i else None
        if tok.pos_ != "NOUN" or det is None or det.lower_ != "the" or tok.lower_ not in doers:
            continue
        start, end = det.idx, tok.idx + len(tok.text)
        earlier = {cluster for at, cluster in doers[tok.lower_] if at < start}
        if len(earlier) == 1 and not any(c.start < end and start < c.end for c in cands + out):
            out.append(describe(doc, start, end, earlier.pop(), clusters))
    return out


def _doers(doc: Doc, cands: list[Candidate]) -> dict[str, list[tuple[int, int]]]:
    """Agent noun -> (where, person cluster) for each verb a person is the subject of."""
    found: dict[str, list[tuple[int, int]]] = {}
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        subjects += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        for subj in subjects:
            person = person_at(subj, cands)
            if person is None:
                continue
            for noun in _agent_nouns(verb.lemma_.lower()):
                found.setdefault(noun, []).append((verb.idx, person.cluster))
    return found


def _agent_nouns(lemma: str) -> set[str]:
    """"found" -> founder, "win" -> winner, "drive" -> driver, "direct" -> director."""
    if not lemma.isalpha() or len(lemma) < 3 or lemma in _NOT_AGENTS:
        return set()
    nouns = {lemma + "r"} if lemma.endswith("e") else {lemma + "er", lemma + "or"}
    if re.fullmatch(r".*[^aeiou][aeiou][bdgmnpt]", lemma):
        nouns.add(lemma + lemma[-1] + "er")  # win -> winner, run -> runner
    return nouns - _THINGS


# Verbs whose agent noun is a title or trade the subject need not hold: "she said" is no
# "sayer", "he manages" no manager, "they own" no owner.
_NOT_AGENTS = {"say", "tell", "manage", "own", "lead", "play", "work", "report", "write", "speak"}

