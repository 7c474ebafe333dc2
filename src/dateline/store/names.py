"""Name keys for merging entities across documents and looking them up.

Two names share a key when they differ only in case, diacritics, punctuation or spacing:
"Ji Seong-ho", "JI SEONG HO" and "Ji Seong‐ho" all key to "ji seong ho".
"""
from __future__ import annotations

import re
import unicodedata

# Dropped outright so "U.S." keys like "US" and "O'Neill" like "ONeill".
_DROPPED = re.compile(r"[.'’‘`]")
_NON_WORD = re.compile(r"[\W_]+")

PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves "
    "he him his himself she her hers herself it its itself they them their theirs "
    "themselves who whom whose this that these those one".split()
)
_DETERMINERS = frozenset("the a an this that these those".split())


def norm_key(name: str) -> str:
    """Returns the matching key of a name: casefolded, no diacritics or punctuation."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = _DROPPED.sub("", bare.casefold())
    return " ".join(_NON_WORD.sub(" ", bare).split())


# Legal forms a company's name may carry or drop: "Cordillera Copper Corp" is "Cordillera Copper".
LEGAL_FORMS = frozenset(
    "inc incorporated corp corporation co company ltd limited plc llc lp sa ag nv spa gmbh "
    "bv ab asa oyj kk pte bhd".split()
)


def company_keys(key: str) -> list[str]:
    """Keys an organisation's key (`norm_key`) matches across documents: itself, its base
    without a trailing legal form, and the base with each legal form."""
    words = key.split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    base = " ".join(words)
    return [key] + sorted({base} | {f"{base} {form}" for form in LEGAL_FORMS} - {key})


def without_initials(key: str) -> str:
    """A person's key without middle initials: "thomas r whitcombe" -> "thomas whitcombe"."""
    words = key.split()
    return " ".join(w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w) == 1))


def is_alias(text: str) -> bool:
    """Tells whether a mention text is worth keeping as an alias of its entity.

    Pronouns ("he") and lowercase role phrases ("the president") resolve to different
    entities in different documents, so as aliases they would merge unrelated people.
    """
    words = text.split()
    if not words or norm_key(text) in PRONOUNS or not norm_key(text):
        return False
    content = [w for w in words if w.casefold() not in _DETERMINERS] or words
    # "Mr Ji", "3M" and "iPhone" name something; "the 35-year-old" only describes it.
    return any(ch.isupper() for word in content for ch in word)


def like_pattern(text: str, anywhere: bool = True) -> str:
    """Returns a LIKE pattern matching `text` anywhere (or as a prefix), wildcards in it
    escaped with \\."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if anywhere else f"{escaped}%"
