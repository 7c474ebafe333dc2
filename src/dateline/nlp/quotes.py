"""Quotation extraction: direct, mixed and reported speech, each with cue and speaker.

`extract_quotes(doc)` is pure over a parsed Doc carrying `doc._.quoted`, `doc._.captions`,
`doc._.paragraphs` and `doc._.entities`; the `dateline_quotes` component attaches it.
1. quotation-mark spans are chained across paragraphs (multi-paragraph quotes);
2. each chain finds its cue (the reporting verb after it, the verb it depends on, a verb
   leading in with a comma or colon) and the cue's subject as speaker, or a dash signature;
3. chains sharing a cue merge into one quote with pieces ("A," he said, "B");
4. a cue-less, quote-only paragraph continues the previous speaker;
5. reporting verbs with a clausal complement ("said the plan failed"), stance verbs with an
   object ("criticised the plan"), "spoke about X" and "according to X" give indirect quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Cue, Quote, Speaker
from ..segment import inside
from . import extensions  # noqa: F401
from .anchor import anchor_date
from .component import Component
from .cues import (CONTENT_PREPOSITIONS, EVIDENCE_NOUNS, JUDGING_VERBS, LIGHT_VERBS, PREP_CUES, REPORTING_VERBS, SPEECH_NOUNS, STANCE_VERBS,
                   STATEMENT_NOUNS, TO_CUES)
from .syntax import PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, SUBJECTS, MentionIndex, subject_of, token_at_or_after

CLOSERS = "”\"’'"
# A dash, then a capitalised name of up to four words: the signature of a quote.
_DASH_NAME = re.compile(r"[ \t]*[—–-][ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})")
# A paragraph label: one to four capitalised words and a colon ("TAPPER:", "Carl Bialik:").
_LABEL = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}):[ \t]+(?=\S)")
CUE_REACH = 8  # tokens between a closing mark and its cue: `," the minister told reporters`
_TRIM_SPEAKER = {"appos", "acl", "relcl", "punct", "advmod", "cc", "conj"}
# Verbs with a clausal complement that carry no one's statement ("make sure", "be").
NOT_CUES = {"be", "make", "have", "do", "get", "let", "see", "seem", "appear", "mean"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "representative", "official",
                "officials", "spokesmen", "spokespeople"}


@dataclass
class Chain:
    """Quotation-mark spans that form one quotation (several when it runs over paragraphs)."""

    pieces: list[tuple[int, int]]
    cue: Token | None = None
    kind: str = "direct"
    speaker: Speaker | None = None

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@Language.factory("dateline_quotes", assigns=["doc._.quotes"],
                  requires=["doc._.entities", "doc._.quoted", "token.dep"])
def make_quotes(nlp: Language, name: str) -> "QuoteExtractor":
    return QuoteExtractor()


class QuoteExtractor(Component):
    attribute = "quotes"

    def extract(self, doc: Doc) -> list[Quote]:
        return extract_quotes(doc)


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every direct, mixed and indirect quotation in the document body."""
    index = MentionIndex(doc)
    chains = [c for c in chain_spans(doc) if not _in_caption(doc, c.start, c.end)]
    for chain in chains:
        find_cue(doc, chain)
        if chain.cue is not None:
            chain.speaker = speaker_of(doc, chain.cue, index)
        else:
            chain.speaker = dash_signature(doc, chain.end, index)
    chains = merge_on_cue(chains)
    used = {c.cue.i for c in chains if c.cue is not None}
    labelled = labelled_paragraphs(doc, chains, index)
    reported = indirect_quotes(doc, used, index, [(q.start, q.end) for q in labelled]) + labelled
    continue_speakers(doc, chains, reported)
    quotes = [to_quote(doc, c) for c in chains if c.cue is not None or c.speaker is not None]
    quotes = sorted(quotes + reported, key=lambda q: q.start)
    for quote in quotes:
        quote.date = quote_date(doc, quote)
    return quotes


def quote_date(doc: Doc, quote: Quote) -> str:
    """When it was said: a timex in the cue's clause ("said on Monday"), else the article
    date."""
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
    if cue is None or not len(cue):
        return doc._.dct.isoformat()
    return anchor_date(doc, cue[0])


# 1. Chains of quotation marks --------------------------------------------------------

def chain_spans(doc: Doc) -> list[Chain]:
    """Join an unclosed quotation to the quote that opens the next paragraph."""
    chains: list[Chain] = []
    para_starts = {start for start, _ in doc._.paragraphs or []}
    for start, end in doc._.quoted or []:
        prev = chains[-1] if chains else None
        if prev and _unclosed(doc.text, prev.pieces[-1]) and start in para_starts:
            prev.pieces.append((start, end))
        else:
            chains.append(Chain([(start, end)]))
    return chains


def _unclosed(text: str, span: tuple[int, int]) -> bool:
    return text[span[1] - 1] not in CLOSERS or span[1] - span[0] < 2


def _in_caption(doc: Doc, start: int, end: int) -> bool:
    return any(c.start <= start and end <= c.end for c in doc._.captions or [])


# 2. Cues and speakers ----------------------------------------------------------------

def find_cue(doc: Doc, chain: Chain) -> None:
    """The cue, tried in order: the reporting verb right after the last piece; the one the
    quote depends on in the parse; the verb that leads in with a comma or colon ("Hillary
    shot back, "...""); the last one before it in the sentence. Sets the kind too (mixed
    when the quote is embedded in a clause)."""
    first = _first_word(doc, chain.pieces[0])
    opens_clause = _starts_clause(doc, chain.start)
    # An embedded quote ("calling him "a stiff,"") belongs to the verb it depends on
    # before any cue that merely follows it.
    finders = [lambda: _cue_after(doc, chain.end), lambda: _cue_ancestor(doc, first)]
    for find in finders if opens_clause else finders[::-1]:
        chain.cue = find()
        if chain.cue is not None:
            break
    chain.cue = chain.cue or _lead_in_verb(doc, first) or _cue_before(doc, chain.start)
    if chain.cue is not None:
        chain.kind = "direct" if opens_clause else "mixed"


def dash_signature(doc: Doc, end: int, index: MentionIndex) -> Speaker | None:
    """`"..." —Jane Doe`: a name after a dash right behind the quote signs it."""
    match = _DASH_NAME.match(doc.text, end)
    if match is None:
        return None
    start = match.start("name")
    span = doc.char_span(start, match.end("name"), alignment_mode="expand")
    if span is None:
        return None
    found = index.at(span.start_char, span.end_char)
    entity, name = found if found else (None, span.text)
    return Speaker(entity, name, span.start_char, span.end_char, span.text)


def _first_word(doc: Doc, piece: tuple[int, int]) -> Token | None:
    tok = token_at_or_after(doc, piece[0])
    while tok is not None and tok.is_punct and tok.i + 1 < len(doc) and tok.idx < piece[1]:
        tok = doc[tok.i + 1]
    return tok


def _cue_ancestor(doc: Doc, tok: Token | None) -> Token | None:
    """The nearest reporting verb above the quote in the parse, outside quotation marks."""
    quoted = doc._.quoted or []
    for _ in range(6):
        if tok is None or tok.head.i == tok.i:
            return None
        tok = tok.head
        if _is_cue(tok, quoted):
            return tok
    return None


def _lead_in_verb(doc: Doc, first: Token | None) -> Token | None:
    """A verb, with at most a particle or adverb after it, then "," or ":" and the quote."""
    if first is None:
        return None
    i = first.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in ("“", '"')):
        i -= 1
    if i < 1 or doc[i].text not in (",", ":"):
        return None
    colon = doc[i].text == ":"
    i -= 1
    if i >= 0 and doc[i].dep_ in ("prt", "advmod"):
        i -= 1
    verb = doc[i] if i >= 0 else None
    if colon and verb is not None and verb.pos_ != "VERB":
        verb = verb.sent.root  # "released the following statement: "...""
    if verb is None or verb.pos_ != "VERB" or inside(doc._.quoted or [], verb.idx, verb.idx + 1):
        return None
    return verb if subject_of(verb) is not None else None


def _is_cue(tok: Token, quoted: list[tuple[int, int]]) -> bool:
    return (tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX")
            and not inside(quoted, tok.idx, tok.idx + 1))


def _cue_after(doc: Doc, end: int) -> Token | None:
    quoted = doc._.quoted or []
    tok = token_at_or_after(doc, end)
    last = doc.text[max(0, end - 2):end - 1]
    # A quote that ended its sentence takes only a bare attribution after it
    # ("... every hour." Ms Marsh said.), never a verb with words of its own.
    ended = last == "." or (last in "?!" and tok is not None and not tok.text[:1].islower())
    steps = 0
    while tok is not None and steps < CUE_REACH:
        if inside(quoted, tok.idx, tok.idx + 1) or tok.text in ".!?;" or "\n\n" in tok.text:
            return None
        if tok.dep_ == "cc" or tok.lower_ in ("and", "but", "while"):
            return None  # a new clause: its verb belongs to someone else's statement
        if _is_cue(tok, quoted):
            return None if _introduces_next(doc, end, tok) or (ended and not _bare(doc, tok)) else tok
        tok = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        steps += 1
    return None


def _bare(doc: Doc, cue: Token) -> bool:
    """"Ms Marsh said." / "Mr Ko said last week.": a cue with no complement that ends its sentence."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "conj", "prep") for c in cue.rights):
        return False
    words = [c for c in cue.rights if not c.is_punct]
    after = (words[-1].right_edge.i if words else cue.i) + 1
    return after < len(doc) and doc[after].text in (".", "!")


def _introduces_next(doc: Doc, end: int, cue: Token) -> bool:
    """`"... we have found." He added, "In this case ..."`: a quote that ends its
    sentence does not take the cue that opens the next quote."""
    ends_sentence = doc.text[max(0, end - 2):end - 1] in (".", "!", "?")
    rest = doc[cue.i + 1:cue.i + 3]
    return ends_sentence and len(rest) == 2 and rest[0].text in (",", ":") and rest[1].text in ("“", '"')


def _cue_before(doc: Doc, start: int) -> Token | None:
    quoted = doc._.quoted or []
    first = token_at_or_after(doc, start)
    if first is None:
        return None
    sent_start = first.sent.start
    for tok in reversed(doc[sent_start:first.i]):
        if _is_cue(tok, quoted):
            return tok
    return _cue_in_lead_in(doc, first, quoted)


def _cue_in_lead_in(doc: Doc, first: Token, quoted: list[tuple[int, int]]) -> Token | None:
    # `He said:` may be parsed as its own sentence, or paragraph, before the quote.
    prev = first.i - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    if prev < 1 or doc[prev].text != ":":
        return None
    prev_sent = doc[prev].sent
    for tok in reversed(list(prev_sent)):
        if _is_cue(tok, quoted):
            return tok
    return None


def _starts_clause(doc: Doc, start: int) -> bool:
    """A direct quote opens its sentence or follows a colon or comma."""
    text = doc.text  # spaCy rebuilds it from the tokens on every access: read it once
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    # Punctuation, not the parser's sentence starts: those often break at a quote mark.
    return i < 0 or text[i] in ":,.!?\n”\""


def speaker_of(doc: Doc, cue: Token, index: MentionIndex) -> Speaker | None:
    """The cue's subject (inherited from the verb it is coordinated with), resolved."""
    subject = subject_of(cue)
    if subject is None or inside(doc._.quoted or [], subject.idx, subject.idx + 1):
        # No subject, or the parse took a word of the quotation itself ("We'll see").
        subject = _name_beside(cue, index)
    if subject is None:
        return None
    # A spokeswoman speaks for her organisation.
    speaker = phrase_speaker(subject, index, resolve=_represented(subject))
    relative = _relative_pronoun(cue)
    if relative is not None:
        # "Ms Park, who said ...": the mention is "who", and it resolves to Ms Park.
        end = relative.idx + len(relative.text)
        speaker = Speaker(speaker.entity, speaker.name, relative.idx, end, relative.text)
    return speaker


def _relative_pronoun(cue: Token) -> Token | None:
    verb = cue
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    return next((c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ in RELATIVE_PRONOUNS), None)


def phrase_speaker(head: Token, index: MentionIndex, resolve: Token | None = None) -> Speaker:
    """The speaker mention a noun phrase makes, resolved by its head (or by `resolve`):
    "The North Korean defector" is not a NORP. Unresolved, the mention is still who the
    text says spoke ("he"), with no entity."""
    span = _speaker_span(head)
    found = index.phrase(resolve or head)
    entity, name = found if found else (None, _strip_det(span.text))
    return Speaker(entity, name, span.start_char, span.end_char, span.text)


def _name_beside(cue: Token, index: MentionIndex) -> Token | None:
    """When the parse gives the cue no subject: a name right before it ("..., Jake
    Sullivan, said") or right after it ("said Mr Ji")."""
    doc = cue.doc
    quoted = doc._.quoted or []
    for i in (cue.i - 1, cue.i - 2, cue.i + 1, cue.i + 2):
        if not 0 <= i < len(doc) or inside(quoted, doc[i].idx, doc[i].idx + 1):
            continue
        tok = doc[i]
        if (tok.pos_ == "PROPN" and index.token(tok)) or (tok.pos_ == "PRON" and tok.lower_ in PERSONAL_PRONOUNS):
            return tok
    return None


def _represented(head: Token) -> Token | None:
    """"a spokeswoman for the ministry" -> "ministry"."""
    if head.lower_ not in SPOKESPEOPLE:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return obj
    return None


def _speaker_span(head: Token) -> Span:
    """The subject phrase without appositions and relative clauses ("Mr Ji, now a ...")."""
    left = min([head.i] + [t.i for c in head.lefts if c.dep_ not in _TRIM_SPEAKER for t in c.subtree])
    right = max([head.i] + [t.i for c in head.rights if c.dep_ not in _TRIM_SPEAKER for t in c.subtree])
    return head.doc[left:right + 1]


def _strip_det(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


# 3-4. Merging and continuation -------------------------------------------------------

def merge_on_cue(chains: list[Chain]) -> list[Chain]:
    """Quotes sharing one cue are one quotation: "A," he said, "B"."""
    out: list[Chain] = []
    for chain in chains:
        prev = out[-1] if out else None
        if prev and chain.cue is not None and prev.cue is not None and prev.cue.i == chain.cue.i:
            prev.pieces.extend(chain.pieces)
            prev.kind = "mixed" if "mixed" in (prev.kind, chain.kind) else "direct"
        else:
            out.append(chain)
    return out


def continue_speakers(doc: Doc, chains: list[Chain], reported: list[Quote]) -> None:
    """A paragraph that is nothing but a quotation continues the previous speaker, whether
    that speaker was quoted directly or reported."""
    attributed = [(c.end, c.speaker) for c in chains if c.speaker is not None]
    attributed += [(q.end, q.speaker) for q in reported if q.speaker is not None]
    for chain in chains:
        if chain.cue is not None or not _quote_only(doc, chain):
            continue
        earlier = [(end, spk) for end, spk in attributed if end <= chain.start]
        if earlier:
            chain.speaker = max(earlier, key=lambda pair: pair[0])[1]
            attributed.append((chain.end, chain.speaker))


def _quote_only(doc: Doc, chain: Chain) -> bool:
    for start, end in doc._.paragraphs or []:
        if start <= chain.start < end:
            return chain.start == start and chain.end >= end - 1
    return False


# 5. Output and indirect speech --------------------------------------------------------

def to_quote(doc: Doc, chain: Chain) -> Quote:
    start, end = chain.start, chain.end
    if chain.kind == "mixed" and chain.cue is not None:
        start, end = _mixed_content(doc, chain, start, end)
    cue = Cue(chain.cue.idx, chain.cue.idx + len(chain.cue.text), chain.cue.text) if chain.cue is not None else None
    pieces = [list(p) for p in chain.pieces] if len(chain.pieces) > 1 else None
    return Quote(start, end, doc.text[start:end], chain.kind, cue, chain.speaker, pieces)


def _mixed_content(doc: Doc, chain: Chain, start: int, end: int) -> tuple[int, int]:
    """A mixed quote's content is the cue's complement that holds the quoted words."""
    cue = chain.cue
    for piece in chain.pieces:
        tok = _first_word(doc, piece)
        while tok is not None and tok.head.i != tok.i and tok.head.i != cue.i:
            tok = tok.head
        if tok is not None and tok.head.i == cue.i and tok.i > cue.i and tok.dep_ not in SUBJECTS:
            sub = [t for t in tok.subtree if not (t.dep_ == "mark" and t.i == tok.left_edge.i)]
            start = min(start, sub[0].idx)
            end = max(end, sub[-1].idx + len(sub[-1].text))
    return start, end


def indirect_quotes(doc: Doc, used: set[int], index: MentionIndex,
                    spoken: list[tuple[int, int]] = ()) -> list[Quote]:
    """Reporting verbs with a clausal complement, and "according to X". Nothing inside
    quotation marks or inside `spoken` (a transcript turn) is reported speech of its own."""
    quotes, ins = [], []
    quoted = [*(doc._.quoted or []), *spoken]
    for tok in doc:
        if tok.i in used or _in_caption(doc, tok.idx, tok.idx + 1) or inside(quoted, tok.idx, tok.idx + 1):
            continue
        quote = (_reported(doc, tok, index) or _according_to(doc, tok, index)
                 or _spoke_about(doc, tok, index) or _statement_noun(doc, tok, index))
        if quote is not None:
            quotes.append(quote)
        elif tok.lower_ == "in":
            ins.append(tok)
    quotes += _poll_sources(doc, ins, quotes, quoted, index)
    return [q for q in quotes if not _nested_same_speaker(q, quotes)]


def _poll_sources(doc: Doc, ins: list[Token], quotes: list[Quote], quoted: list[tuple[int, int]],
                  index: MentionIndex) -> list[Quote]:
    """"In Monday's poll" (`ins`: the body's "in" tokens) sources only a sentence that
    nobody is quoted or reported in."""
    taken = [(q.start, q.end) for q in quotes] + quoted
    found = []
    for tok in ins:
        sent = tok.sent
        if any(a < sent.end_char and sent.start_char < b for a, b in taken):
            continue
        quote = _in_source(doc, tok, index)
        if quote is not None:
            found.append(quote)
            taken.append((sent.start_char, sent.end_char))
    return found


def _nested_same_speaker(quote: Quote, quotes: list[Quote]) -> bool:
    """"She said she expected it to pass": the inner report repeats the outer one."""
    return any(o is not quote and o.start <= quote.cue.start < o.end and o.speaker and quote.speaker
               and o.speaker.name == quote.speaker.name for o in quotes)


def _reported(doc: Doc, verb: Token, index: MentionIndex) -> Quote | None:
    """"X said (that) ..." (a clausal complement), and "X criticised the plan" / "X wants
    to leave" for stance verbs (an object or infinitive as content)."""
    lemma = _lemma(verb)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    sub = _content(verb, lemma, index) or _interrupted(verb)
    if not sub:
        return None
    speaker = _agent(verb, index) if _passive(verb) else speaker_of(doc, verb, index)
    if speaker is None:
        return None
    sub = _strip_punct([t for t in sub if not (t.dep_ in ("mark", "cc") and t.i == sub[0].i)])
    if _too_short(sub, lemma):
        return None
    start, end = _extent(sub)
    return Quote(start, end, doc.text[start:end], _kind(doc, start, end), _cue(doc, verb, verb), speaker,
                 _around(verb, sub))


def _too_short(content: list[Token], lemma: str) -> bool:
    """One word reports something only as a name ("endorsed Marsh"); a bare reporting verb
    needs a clause of three words or more."""
    if len(content) < 2 and not (content and content[0].pos_ == "PROPN"):
        return True
    return len(content) < 3 and lemma in REPORTING_VERBS and lemma not in STANCE_VERBS


def _strip_punct(tokens: list[Token], leading: bool = True) -> list[Token]:
    """The tokens without punctuation at the end (and at the start, when `leading`)."""
    end = len(tokens)
    while end and tokens[end - 1].is_punct:
        end -= 1
    start = 0
    while leading and start < end and tokens[start].is_punct:
        start += 1
    return tokens[start:end]


def _extent(tokens: list[Token]) -> tuple[int, int]:
    """Character offsets from the first token's start to the last token's end."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _kind(doc: Doc, start: int, end: int) -> str:
    """Reported speech is mixed when quotation marks open inside it."""
    return "mixed" if any(start <= a < end for a, _ in doc._.quoted or []) else "indirect"


def _cue(doc: Doc, first: Token, last: Token) -> Cue:
    """The cue from `first` to `last` ("said", "spoke about", "according to")."""
    start, end = first.idx, _extent([last])[1]
    return Cue(start, end, doc.text[start:end])


def _lemma(verb: Token) -> str:
    """The verb's lemma, mended where the model's lemmatiser trips ("hopes" -> "hop")."""
    lemma = verb.lemma_.lower()
    return "hope" if lemma == "hop" and verb.lower_ in ("hopes", "hoped", "hoping") else lemma


def _content(verb: Token, lemma: str, index: MentionIndex) -> list[Token]:
    """What the verb reports: a clause for reporting verbs (and any verb a named subject
    voices a clause with); an object or infinitive too for stance verbs, with its "as"
    phrase ("described the pier as a hazard"); a word of speech for light verbs
    ("made the argument")."""
    if lemma in LIGHT_VERBS:
        objs = [c for c in verb.rights if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS]
        if not objs:
            return []
        about = [c for c in verb.rights if c.i > objs[0].i and c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS]
        return sorted((t for c in objs[:1] + about[:1] for t in c.subtree), key=lambda t: t.i)
    if lemma in STANCE_VERBS:
        if _infinitive(verb):
            return []  # "trying to find a way": the plan is the stance, not the finding
        comps = [c for c in verb.rights if c.dep_ in ("ccomp", "xcomp", "dobj")]
        judged = [c for c in verb.rights if comps and c.i > comps[0].i and (c.dep_ == "oprd" or c.lower_ == "as")]
        if lemma in JUDGING_VERBS and not judged:
            comps = [c for c in comps if c.dep_ != "dobj"]
        comps += judged
    elif lemma in NOT_CUES or (lemma not in REPORTING_VERBS and not _voiced(verb, index)):
        return []
    else:
        comps = [c for c in verb.rights if c.dep_ == "ccomp"]
    comps = comps or [c for c in verb.children if c.dep_ == "ccomp"]
    return sorted((t for c in comps for t in c.subtree), key=lambda t: t.i)


def _passive(verb: Token) -> bool:
    """"was asked", "is expected to win", "Asked whether he would ...": the subject is
    not who speaks or holds the view."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


def _agent(verb: Token, index: MentionIndex) -> Speaker | None:
    """The speaker of a passive cue: its "by" phrase ("was asked by the moderator"), if any."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return phrase_speaker(agents[0], index) if agents else None


def _infinitive(verb: Token) -> bool:
    return verb.dep_ in ("xcomp", "advcl", "acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _around(verb: Token, content: list[Token]) -> list[list[int]] | None:
    """The pieces of a content interrupted by its own attribution (", he said,")."""
    left = _strip_punct([t for t in content if t.i < verb.left_edge.i], leading=False)
    right = [t for t in content if t.i > verb.right_edge.i]
    if not left or not right:
        return None
    return [list(_extent(left)), list(_extent(right))]


def _interrupted(verb: Token) -> list[Token]:
    """"The plan, he said, is a second pier": a reporting verb set into the clause it
    reports (a parataxis) reports the rest of that clause."""
    if verb.dep_ != "parataxis" or verb.lemma_.lower() not in REPORTING_VERBS:
        return []
    inner = {t.i for t in verb.subtree}
    return [t for t in verb.head.subtree if t.i not in inner and not t.is_space]


def _spoke_about(doc: Doc, verb: Token, index: MentionIndex) -> Quote | None:
    """"X spoke about the economy", "X called for a ban": the object of the preposition is
    what was said, when a named person, organisation or pronoun said it."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PREP_CUES:
        return None
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in REPORTING_VERBS:
        return None  # "Speaking on the quayside, Mr Park said ...": where, not what
    allowed = CONTENT_PREPOSITIONS | ({"to"} if verb.lemma_.lower() in TO_CUES else set())
    # The preposition right after the verb ("spoke about", "called out for"), not a later
    # adjunct ("spoke to the committee on Monday").
    preps = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in allowed
             and all(t.dep_ in ("prt", "advmod") for t in doc[verb.i + 1:c.i])]
    objs = [g for p in preps[:1] for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    subject = subject_of(verb)
    if not objs or subject is None or (subject.lower_ not in PERSONAL_PRONOUNS and index.token(subject) is None):
        return None
    start, end = _extent(list(objs[0].subtree))
    return Quote(start, end, doc.text[start:end], _kind(doc, start, end), _cue(doc, verb, preps[0]),
                 speaker_of(doc, verb, index))


def _statement_noun(doc: Doc, noun: Token, index: MentionIndex) -> Quote | None:
    """"Trump's criticism of Clinton": a statement noun with a named possessor."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STATEMENT_NOUNS and noun.lower_ not in STATEMENT_NOUNS:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS]
    objs = [g for p in preps[:1] for g in p.children if g.dep_ == "pobj"]
    if not owners or not objs:
        return None
    speaker = phrase_speaker(owners[0], index)
    if speaker.entity is None and owners[0].lower_ not in ("his", "her", "their", "its"):
        return None
    start, end = _extent(list(objs[0].subtree))
    return Quote(start, end, doc.text[start:end], "indirect", _cue(doc, noun, preps[0]), speaker)


def labelled_paragraphs(doc: Doc, chains: list[Chain], index: MentionIndex) -> list[Quote]:
    """"TAPPER: And obviously ..." (a transcript) and "Carl Bialik: "One of ..."": a
    paragraph opening with a speaker's name and a colon is that speaker's words. The label
    must be an all-capitals transcript name or exactly a person or organisation named in the
    text, so "Photo:" or "Update:" never speak."""
    quotes = []
    for start, end in doc._.paragraphs or []:
        match = _LABEL.match(doc.text, start, end)
        if match is None or _in_caption(doc, start, end):
            continue
        label = _label_speaker(doc, match, index)
        if label is None:
            continue
        body = match.end()
        chain = next((c for c in chains if body <= c.start < end), None)
        if chain is not None:
            chain.speaker = chain.speaker or label
            continue
        kind = "direct" if match.group("name").isupper() else "indirect"
        quotes.append(Quote(body, end, doc.text[body:end], kind, None, label))
    return quotes


def _label_speaker(doc: Doc, match: re.Match[str], index: MentionIndex) -> Speaker | None:
    start, end = match.span("name")
    text = match.group("name")
    found = index.at(start, end)
    exact = found is not None and any(s == start and e == end for s, e, *_ in index.spans)
    if not (exact or (text.isupper() and len(text) > 2)):
        return None
    if not exact and text.isupper():
        found = _surname_entity(doc, text)  # "MARSH:" in a transcript of Helen Marsh
    entity, name = found if (exact or found) else (None, text)
    return Speaker(entity, name, start, end, text)


def _surname_entity(doc: Doc, label: str) -> tuple[str, str] | None:
    people = [e for e in doc._.entities or [] if e.type == "PERSON"
              and label.casefold() in e.name.casefold().split()]
    return (people[0].id, people[0].name) if len(people) == 1 else None


def _voiced(verb: Token, index: MentionIndex) -> bool:
    """Any verb with a clausal complement whose subject is a named person or organisation,
    or a personal pronoun, voices a view ("Sanders knows the party must change")."""
    subject = subject_of(verb)
    if subject is None or not any(c.dep_ == "ccomp" for c in verb.rights):
        return False
    return subject.lower_ in PERSONAL_PRONOUNS or index.token(subject) is not None


def _according_to(doc: Doc, tok: Token, index: MentionIndex) -> Quote | None:
    """"According to the ministry, ...": the rest of the sentence is the ministry's."""
    if tok.lower_ != "according" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
    return _sourced_sentence(doc, tok, doc[tok.i + 1], objs[0], index) if objs else None


def _in_source(doc: Doc, tok: Token, index: MentionIndex) -> Quote | None:
    """"Ms Marsh led in Monday's poll": a poll, survey or study is the source of the clause
    it is attached to."""
    if tok.lower_ != "in" or tok.dep_ != "prep":
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in EVIDENCE_NOUNS]
    return _sourced_sentence(doc, tok, tok, objs[0], index) if objs else None


def _sourced_sentence(doc: Doc, first: Token, last: Token, source: Token, index: MentionIndex) -> Quote | None:
    """The sentence around a source phrase (`first` up to the source's end) is its content."""
    speaker = phrase_speaker(source, index)
    source_end = _speaker_span(source).end
    content = _strip_punct([t for t in first.sent if not (first.i <= t.i <= max(source_end - 1, source.right_edge.i))
                            and not t.is_space], leading=False)
    while content and (content[0].is_punct or content[0].dep_ == "cc"):
        content.pop(0)
    if len(content) < 3:
        return None
    start, end = _extent(content)
    return Quote(start, end, doc.text[start:end], "indirect", _cue(doc, first, last), speaker)
