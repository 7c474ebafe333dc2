"""Third-person pronouns bound to the person they mean: in the sentence, the one
before, past a fronted clause, and inside quotations never the one quoted."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..segment import inside
from .kinship import Kinship
from .mention import (PERSONAL_PRONOUNS, Candidate, cluster_gender, doc_text, enclosing_quote, is_object,
                      is_subject, main_clause_subject, majority_label, names_entity, person_at,
                      quoted_speaker, root_of, unnamed, window_start)
from .names import KIN_WORDS
from .relations import Relations
from .syntax import SUBJECTS, own_subject


def pronoun_mentions(doc: Doc, cands: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """Third-person pronouns, possessives included ("his sister"), bound to the nearest
    earlier person of a compatible gender named outside a quotation ("“I recognised him,”
    Ms Han said" is her brother); a binding teaches the entity its gender. A kin word
    after a possessive ("her brother", "my father") is a mention of that relative."""
    quoted = doc._.quoted or []
    # A person mention in a cluster that is mostly a place or a company ("Busan" tagged
    # PERSON once) takes no pronouns.
    people = sorted((c for c in cands if c.label == "PERSON"
                     and majority_label(clusters[c.cluster]) == "PERSON"), key=lambda c: c.start)
    persons = [c for c in people if not inside(quoted, c.start, c.end)]
    kinship = Kinship(doc, cands, clusters)
    relations = Relations(doc, cands, clusters)
    out: list[Candidate] = kinship.of_named(cands)
    out += _singular_they(doc, people, clusters)
    pronouns = [t for t in doc if t.lower_ in PERSONAL_PRONOUNS or t.lower_ == "my"]
    # Narration first, so that "she said" after a quotation is known before the pronouns
    # inside it, which never mean the one quoted: "“He is a nervous wreck,” he said".
    for inner in (False, True):
        for tok in pronouns:
            quote = enclosing_quote(doc, tok.idx)
            if (quote is not None) != inner:
                continue
            speaker = quoted_speaker(doc, quote, persons + out) if quote else None
            # Inside a quotation, people it names itself count too: "“Park Jong-su has grown
            # ginseng since he was a teenager.”"
            named = persons + [c for c in people if quote and _quoted_before(doc, quote, c, tok, speaker, persons + out)]
            owner = speaker if tok.lower_ == "my" else _antecedent(
                doc, tok, PERSONAL_PRONOUNS[tok.lower_],
                [c for c in named + out if c.cluster != speaker] or named + out, clusters)
            if owner is None:
                continue
            if tok.lower_ != "my":
                out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON",
                                     PERSONAL_PRONOUNS[tok.lower_], cluster=owner))
                clusters[owner].append(out[-1])
            relations.learn(tok, owner)
            out += kinship.relative(tok, owner, quote) + relations.mention(tok, owner, quote)
    kinship.named_later()
    return out


# "a youth worker who uses they/them pronouns", "Sam, who goes by they".
_THEY_USER = re.compile(r"\b(?:uses?|using|goes by|go by|prefers?)\s+(?:the\s+pronouns?\s+)?[\"“']?they\b", re.I)
_THEY = {"they", "them", "their", "theirs", "themselves", "themself"}


def _singular_they(doc: Doc, people: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """A person the article says uses "they" is "they": each they, them or their whose
    nearest person before it (past the speaker of its quotation) is them. Their gender
    becomes "n", which no "he" or "she" fits."""
    users, statements = set(), []
    for found in _THEY_USER.finditer(doc_text(doc)):
        statements.append((found.start(), found.end() + 5))  # its "they/them" is no mention
        sent = doc.char_span(found.start(), found.end(), alignment_mode="expand").sent.start_char
        before = [c for c in people if c.start < found.start() and c.sent == sent]
        if before:
            users.add(before[-1].cluster)
    out: list[Candidate] = []
    for cluster in users:
        for member in clusters[cluster]:
            member.gender = "n"
    for tok in (t for t in doc if users and t.lower_ in _THEY):
        if any(a <= tok.idx < b for a, b in statements):
            continue
        quote = enclosing_quote(doc, tok.idx)
        speaker = quoted_speaker(doc, quote, people) if quote else None
        if quote and (speaker is None or speaker in users):
            continue  # "“Some of them have lost everything,” they said": others, theirs
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") for t in doc[tok.sent.start:tok.i]):
            continue  # "The firefighters said they": a group
        before = [c for c in people + out if c.start < tok.idx and c.cluster != speaker]
        nearest = max(before, key=lambda c: c.start, default=None)
        if nearest is not None and nearest.cluster in users:
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", "n", cluster=nearest.cluster))
            clusters[nearest.cluster].append(out[-1])
    return out


def _quoted_before(doc: Doc, quote: tuple[int, int], cand: Candidate, tok: Token, speaker: int | None,
                   mentions: list[Candidate]) -> bool:
    """Whether a person named inside quotation marks is there for a pronoun in `quote`:
    named earlier in it, or in the same speaker's quotation just before it in its
    paragraph ("“Elena told me Ji-woo doesn't like the high ball,” Zhou said. “She knows
    her game”")."""
    if quote[0] <= cand.start < tok.idx:
        return True
    earlier = enclosing_quote(doc, cand.start)
    if earlier is None or speaker is None or earlier[1] > quote[0] or "\n" in doc_text(doc)[earlier[1]:quote[0]]:
        return False
    return quoted_speaker(doc, earlier, mentions) == speaker


def _quote_subject(doc: Doc, cand: Candidate, quote: tuple[int, int] | None) -> bool:
    """Whether a person is the subject of a quotation's own main clause, the verb the
    attribution outside it governs ("“Elena told me that Ji-woo ...,” Zhou said")."""
    if quote is None or not quote[0] <= cand.start < quote[1]:
        return False
    root = root_of(doc, cand)
    if root is None:
        return False
    return not quote[0] <= root.head.head.idx < quote[1] or root.head.dep_ == "ROOT"


def _antecedent(doc: Doc, tok: Token, gender: str, persons: list[Candidate],
                clusters: list[list[Candidate]]) -> int | None:
    """Nearest compatible person in the pronoun's own sentence; failing that, the previous
    sentence's persons (its subject first, else the one named last: "moves the
    24-year-old into the top 100. He said ..."); then the most recent compatible *subject*
    of an earlier sentence, then the most recent at all. Clauses settle some first: the
    speaker of a reported clause, the subject a "when" clause modifies, the person a
    "who" clause hangs on (its subject's or its object's owner), the subject of the clause
    a clause is joined to."""
    floor = window_start(doc, tok.idx)
    here = [c for c in persons if floor <= c.start < tok.idx and not _passer_by(doc, c, clusters, gender)]
    mates = _mates(doc, tok, here)
    pool = [c for c in here if cluster_gender(clusters[c.cluster]) in (None, gender) and c.cluster not in mates]
    pool.sort(key=lambda c: (-c.start, -c.end))  # "His father ... he": the father, not "His"
    # Someone brought in once is no antecedent, but for a pronoun in their own clause.
    fitting = [c for c in persons
               if floor <= c.start < tok.idx and cluster_gender(clusters[c.cluster]) in (None, gender)]
    clauses = (lambda: _reporter(tok, fitting), lambda: _adverbial_subject(tok, pool),
               lambda: _relative_clause_person(tok, fitting), lambda: _relative_clause_owner(tok, fitting),
               lambda: _conjoined_subject(tok, fitting))
    found = next((k for k in (rule() for rule in clauses) if k is not None), None)
    if found is not None:
        return found
    # Not the object of a participle put before the main clause that the pronoun is in too
    # ("Asked by the prosecutor who else could have used his phone, he said"): the pronoun
    # looks to the main subject.
    fronted = {id(c) for c in _objects_within(doc, _fronted_clause(tok), pool)}
    same = [c for c in _same_sentence(doc, tok, gender, pool, clusters) if id(c) not in fronted]
    previous = _previous_sentence(doc, tok, pool, clusters)
    subjects = [c for c in pool if is_subject(doc, c)]
    if not same:
        ahead = _cataphor(doc, tok, gender, persons, clusters)
        if ahead is not None:
            return ahead
    best = (same or previous or subjects or pool or [None])[0]
    return best.cluster if best is not None else None


def _mates(doc: Doc, tok: Token, here: list[Candidate]) -> set[int]:
    """The people a pronoun cannot mean within its own sentence."""
    mates = {c.cluster for c in here if c.start >= tok.sent.start_char
             and (_clause_mate(doc, tok, c) or _inside_description(doc, tok, c))}
    if tok.dep_ in SUBJECTS and tok.head.dep_ == "relcl":
        # "Dale Hendricks, who he said had insisted ...": the clause's subject is not whom it describes
        mates |= {c.cluster for c in here if c.start <= tok.head.head.idx < c.end}
    return mates | _fronted_objects(doc, tok, here)


def _participle_clause(verb: Token) -> bool:
    """Whether a verb heads a participle clause with no subject of its own ("Asked ...")."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and own_subject(verb) is None


def _fronted_clause(tok: Token) -> Token | None:
    """The participle clause a token is in, if it is put before the main clause."""
    clause = tok
    while clause.dep_ != "advcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause if _participle_clause(clause) and clause.head.dep_ == "ROOT" else None


def _objects_within(doc: Doc, clause: Token | None, cands: list[Candidate]) -> list[Candidate]:
    """The persons a clause (or phrase) holds as objects."""
    if clause is None:
        return []
    lo, hi = clause.left_edge.idx, clause.right_edge.idx
    return [c for c in cands if lo <= c.start <= hi and is_object(doc, c)]


def _fronted_objects(doc: Doc, tok: Token, here: list[Candidate]) -> set[int]:
    """A main clause's subject pronoun is the understood subject of a participle put
    before it, so never that participle's object: "Asked whether she bore her opponent
    any grudge, she smiled"; nor the object in a phrase put before it: "In a statement
    read out by the prosecutor, she said"."""
    if tok.dep_ not in SUBJECTS or tok.head.dep_ != "ROOT":
        return set()
    return {c.cluster for clause in tok.head.children
            if clause.i < tok.i and (clause.dep_ == "prep" or _participle_clause(clause))
            for c in _objects_within(doc, clause, here)}


def _same_sentence(doc: Doc, tok: Token, gender: str, pool: list[Candidate],
                   clusters: list[list[Candidate]]) -> list[Candidate]:
    """The pronoun's own sentence's candidates, best first."""
    same = _named_people_first([c for c in pool if c.start >= tok.sent.start_char], clusters)
    # Someone known to be of the pronoun's gender before someone whose gender is unknown
    # ("She attended a lunch with President Moon Jae-in and extended an invitation from
    # her brother").
    same = [c for c in same if cluster_gender(clusters[c.cluster]) == gender] + [
        c for c in same if cluster_gender(clusters[c.cluster]) != gender]
    # A possessive in a phrase of its clause is its subject's before its object's: "Coach
    # Hernán Lozano left Matías Ferreyra out of his team".
    verb = _governing_verb(tok) if tok.tag_ == "PRP$" and tok.head.dep_ == "pobj" else None
    same = [c for c in same if verb is not None and is_subject(doc, c, verb)] + [
        c for c in same if verb is None or not is_subject(doc, c, verb)]
    if tok.tag_ == "PRP$" and tok.head.dep_ == "appos":
        # "beat Han Ji-woo to win the Open, her first title": the sentence's subject's
        same = [c for c in same if main_clause_subject(doc, c)] + [c for c in same if not main_clause_subject(doc, c)]
    return same


def _previous_sentence(doc: Doc, tok: Token, pool: list[Candidate],
                       clusters: list[list[Candidate]]) -> list[Candidate]:
    """The previous sentence's candidate, if any: its main-clause subject, else another
    subject, else its direct object, else the one named last."""
    sent_start = tok.sent.start_char
    before = doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else sent_start
    # Not one named in a quotation, unless the pronoun is in one too ("“Elena told me
    # Ji-woo doesn't like the high ball,” Zhou said. “She knows her game”": Elena).
    quote = enclosing_quote(doc, tok.idx)
    previous = [c for c in pool if before <= c.start < sent_start and (not c.aside or quote is not None)]
    # A relative the article never names is meant only as the subject ("that cared for
    # Cole's grandmother last year. She said she had run ...": Cole).
    subjects = [c for c in previous if is_subject(doc, c) or _with_subject(doc, c)]
    main = [c for c in subjects if main_clause_subject(doc, c) or _quote_subject(doc, c, quote)]
    if subjects:
        return (main or subjects)[-1:]
    # Failing a subject, the person the sentence opens with, where the parser lost its
    # verb ("The 24-year-old beat France's Clarisse Dumont ... In the semifinal she").
    opening = [c for c in previous if c.start == before]
    if opening:
        return opening
    # Else a direct object before a nearer name ("she asked him to describe his
    # relationship with Cartwright. He said": him).
    return sorted([c for c in previous if not unnamed(clusters[c.cluster])] or previous,
                  key=lambda c: not is_object(doc, c, ("dobj", "dative")))


def _with_subject(doc: Doc, cand: Candidate) -> bool:
    """Whether a person after "with" is the subject of the participle after them: "a
    debate that ended with Mr Ogunbiyi accusing Mr Nwachukwu"."""
    root = root_of(doc, cand)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "with":
        return False
    return any(t.tag_ == "VBG" and t.i > root.i and own_subject(t) is None
               for t in list(root.head.head.children) + list(root.children))


_SPEECH = {"say", "tell", "add", "insist", "admit", "deny", "claim", "explain", "recall", "argue", "warn",
           "think", "believe", "hope", "fear", "acknowledge", "confirm", "write"}


def _reporter(tok: Token, pool: list[Candidate]) -> int | None:
    """A subject pronoun in what a person said or thought means that person when theirs is
    the nearest clause subject above it: "Huang Mingzhi, who founded Pengda with Mr Liu,
    said he was not surprised"; and one under the same pronoun is its person: "Rak said he
    could not comment on Mr Nowakowski's request because he had not seen it". Not when a
    nearer clause has a subject of its own ("said that Beridze would go for the throw he
    had used")."""
    if tok.dep_ not in SUBJECTS or tok.lower_ not in ("he", "she"):
        return None
    verb = tok.head
    while verb.dep_ != "ROOT" and verb.head.i != verb.i:
        joined, verb = verb.dep_ == "conj", verb.head
        subject = own_subject(verb)
        if subject is None or joined and subject.lower_ not in PERSONAL_PRONOUNS and verb.dep_ == "ccomp":
            continue  # "said the accounts had been prepared by X, and that he had signed them"
        if verb.lemma_.lower() not in _SPEECH and subject.lower_ != tok.lower_:
            return None  # "he could not comment ... because he had not read it": the same he
        return _cluster_at(subject, pool)
    return None


_ADVERBIAL_MARKS = {"when", "after", "before", "because", "while", "since", "until", "as", "once", "although",
                    "though", "if", "unless"}


def _adverbial_subject(tok: Token, pool: list[Candidate]) -> int | None:
    """A subject pronoun of a "when" or "because" clause means the subject of the main
    clause it modifies, if that is a person of its gender: "Herrera kept him on when he
    took office"."""
    if tok.dep_ not in SUBJECTS or tok.lower_ not in ("he", "she"):
        return None
    verb = tok.head
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in _ADVERBIAL_MARKS for c in verb.children)
    if verb.dep_ != "advcl" or not marked:
        return None
    if verb.head.dep_ != "ROOT" and _person_subject(verb.sent.root, pool):
        return None  # "said Ifeanyi had been his hero when he was a schoolboy": the speaker's
    subject = own_subject(verb.head)
    if subject is None or subject.i > tok.i:
        return None
    return _cluster_at(subject, pool)


def _conjoined_subject(tok: Token, pool: list[Candidate]) -> int | None:
    """A subject pronoun of a clause joined to one before it means that clause's subject,
    if a person: "An army spokesman said helicopters would fly, but he did not give a
    figure"."""
    if tok.dep_ not in SUBJECTS or tok.lower_ not in ("he", "she") or tok.head.dep_ != "conj":
        return None
    subject = own_subject(tok.head.head)
    return _cluster_at(subject, pool) if subject is not None else None


def _person_subject(verb: Token, pool: list[Candidate]) -> bool:
    """Whether a verb's subject is a person ("Mr Ji said"), not a thing ("The ruling found")."""
    subject = own_subject(verb)
    return subject is not None and (subject.lower_ in PERSONAL_PRONOUNS or person_at(subject, pool) is not None)


def _relative_clause_person(tok: Token, pool: list[Candidate]) -> int | None:
    """A subject pronoun under a relative clause, with no nearer subject, means the person
    the clause hangs on: "a former accountant, who told the court that she had been
    ordered"; "His former manager, who asked not to be named because he is still ..."."""
    if tok.dep_ not in SUBJECTS or tok.lower_ not in ("he", "she"):
        return None
    verb = tok.head
    while verb.dep_ != "relcl":
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return None
        verb = verb.head
        if any(c.dep_ in SUBJECTS and c.tag_ not in ("WP", "WDT") and c.lower_ != tok.lower_
               for c in verb.children) and verb.dep_ != "relcl":
            return None  # "who said Mr Park knew she ...": a nearer subject
    if not any(c.dep_ in SUBJECTS and c.lower_ == "who" for c in verb.children):
        return None  # "for Busan, where he was due"; "the surgeon, who he said had knocked"
    head = verb.head
    person = person_at(head, pool)
    if person is None and head.dep_ == "pobj" and head.head.dep_ == "prep":
        person = person_at(head.head.head, pool)  # "a former accountant at the company, who"
    return person.cluster if person is not None else None


# Verbs whose object is mostly another's: "a judge who shares his surname".
_OTHERS_THINGS = {"share", "replace", "succeed", "marry", "meet", "join", "visit", "represent", "take"}


def _relative_clause_owner(tok: Token, pool: list[Candidate]) -> int | None:
    """A possessive on the object of a "who" clause is the person the clause hangs on:
    "a 19-year-old passenger who broke her pelvis", "The spokesman, who did not give his
    name"."""
    if tok.tag_ != "PRP$" or tok.head.dep_ != "dobj" or tok.head.head.dep_ != "relcl":
        return None
    verb = tok.head.head
    who = next((c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ == "who"), None)
    if verb.lemma_.lower() in _OTHERS_THINGS or who is None or any(c.lower_ == "else" for c in who.children):
        return None  # not "Asked by the prosecutor who else could have used his phone": a question
    return _cluster_at(verb.head, pool)


def _cluster_at(tok: Token, pool: list[Candidate]) -> int | None:
    """The person a token belongs to (a name's word, a description's head), if any."""
    person = person_at(tok, pool)
    return person.cluster if person is not None else None


def _passer_by(doc: Doc, cand: Candidate, clusters: list[list[Candidate]], gender: str) -> bool:
    """Someone unnamed the article brings in once ("A lawyer for Mr Kim said") is no
    antecedent; one it comes back to ("the boy") is, and a relative or someone whose very
    noun gives the pronoun's gender that a sentence is about ("The young striker's mother
    ... watched from the main stand. She said"; "A spokeswoman for the council said ...
    She said")."""
    if not cand.relation or " of " in cand.relation or len(clusters[cand.cluster]) > 1:
        return False
    if not KIN_WORDS.keys() & set(cand.relation.lower().split()) and cand.gender != gender:
        return True  # "A lawyer for the family said ... He will serve eight years": Mr Okafor
    root = root_of(doc, cand)  # the parser may make the subject the root: "The young striker's mother, who ..."
    return not (is_subject(doc, cand) and main_clause_subject(doc, cand) or root is not None and root.dep_ == "ROOT")


def _cataphor(doc: Doc, tok: Token, gender: str, persons: list[Candidate],
              clusters: list[list[Candidate]]) -> int | None:
    """A pronoun in a clause put before its sentence's subject means that subject: "Asked
    whether her father would stay away, Ms. Lee laughed"."""
    root = tok.sent.root
    subject = own_subject(root)
    if subject is None or subject.i <= tok.i or tok.i in {t.i for t in subject.subtree}:
        return None
    for cand in persons:
        if cand.start <= subject.idx < cand.end and cluster_gender(clusters[cand.cluster]) in (None, gender):
            return cand.cluster
    if PERSONAL_PRONOUNS.get(subject.lower_) == gender and subject.lower_ in ("he", "she"):
        # "Asked who else could have used his phone, he said": whom that "he" means
        return _antecedent(doc, subject, gender, persons, clusters)
    return None


def _named_people_first(pool: list[Candidate], clusters: list[list[Candidate]]) -> list[Candidate]:
    """Someone the article named in full, or with an honorific, goes before a lone word
    the model called a person ("for Busan, where he was due": he is the president); so
    does a relative known by the relation ("His uncle, 58, said he ...")."""
    named = [c for c in pool if unnamed(clusters[c.cluster]) or any(
        " " in m.name or m.gender or m.titles for m in clusters[c.cluster] if names_entity(m))]
    return named or pool


def _controller(verb: Token) -> Token | None:
    """The subject of a "to" clause with none of its own: its governing verb's object if
    there is one ("she asked him to call her"), else that verb's subject ("Priya
    Chandrasekhar was elected to replace her")."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    head = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "her mother was late to collect her"
    governing = list(head.children)
    return next((c for c in governing if c.dep_ in ("dobj", "dative")), None) or next(
        (c for c in governing if c.dep_ in SUBJECTS), None)


def _inside_description(doc: Doc, pronoun: Token, cand: Candidate) -> bool:
    """A pronoun inside the phrase that describes a person is someone else: "A lawyer
    representing him, Gao Ming" is not him; but a relative clause or an apposition may
    speak of its person ("Ms Kim, who said she ...")."""
    if pronoun.lower_.endswith(("self", "selves")):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root.head if span.root.dep_ == "appos" else span.root
    tok = pronoun
    while tok.head.i != root.i:
        if tok.dep_ in ("relcl", "ccomp", "advcl", "conj", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    # Through a participle ("representing him") or as the head's possessive ("his
    # lawyer, Gao Ming"); not through an apposition ("Grace, two inches shorter than her
    # sister").
    return tok.i != root.i and tok.dep_ in ("acl", "poss")


def _coordinated(verb: Token) -> bool:
    """Whether a verb the parser joined to an earlier one has an "and" or "but" between
    them, as a true pair has; a clause after a comma may be another's misread ("after
    Min-ji, whom he has known since university, asked him")."""
    return any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)


def _governing_verb(pronoun: Token) -> Token | None:
    """The verb whose clause an object pronoun is in, through prepositions and the nouns
    they hang on ("left the bank after a dispute with him": left); None past a clause of
    its own."""
    tok = pronoun
    for _ in range(6):
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "ROOT") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _clause_mate(doc: Doc, pronoun: Token, cand: Candidate) -> bool:
    """An object pronoun never refers to its own verb's subject ("Choi greeted her"), nor
    to a "to" clause's understood subject, nor to the person a relative clause's "who"
    stands for ("Sun, who persuaded him"). A reflexive does ("lied to save herself")."""
    if pronoun.lower_.endswith(("self", "selves")):
        return False  # "Ms. Pruitt had lied to save herself": a reflexive is the subject
    if pronoun.dep_ == "poss" and pronoun.head.dep_ == "attr":
        verb = pronoun.head.head  # "Ifeanyi had been his hero": not Ifeanyi's own
    elif pronoun.dep_ in ("dobj", "dative", "pobj"):
        verb = _governing_verb(pronoun)
    elif pronoun.dep_ in SUBJECTS and pronoun.lower_ in ("him", "her") and pronoun.head.dep_ != "ROOT":
        verb = pronoun.head.head  # "reported him missing": the object of "reported"
    else:
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or verb is None:
        return False
    root = span.root
    if root.dep_ == "appos":  # "one of his former partners, Emeka Nwosu, warned him"
        root = root.head
    if root.dep_ in SUBJECTS and root.head.i == verb.i:
        return True
    # "Femi Ogundipe left the bank ... and has since accused him": a verb joined to one
    # before it shares its subject.
    # Not an order ("He is the better teacher, but do not tell him").
    if verb.dep_ == "conj" and verb.tag_ != "VB" and _coordinated(verb) and own_subject(verb) is None \
            and root.dep_ in SUBJECTS and root.head.i == verb.head.i:
        return True
    # "Priya Chandrasekhar was elected to replace her", "asked Emeka Nwosu to call him"
    if root == _controller(verb):
        return True
    # "Sun Haitao, the pair's coach, who persuaded him": the relative clause's subject is
    # the person it hangs on.
    relative = any(c.dep_ in SUBJECTS and c.tag_ in ("WP", "WDT") for c in verb.children)
    return relative and verb.dep_ == "relcl" and span.start <= verb.head.i < span.end
