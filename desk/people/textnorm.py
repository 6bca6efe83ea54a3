"""Text folding for comparisons that ignore accents, case, punctuation and extra spaces.

``fold("Ñuño Ibáñez-Ørsted") == "nuno ibanez orsted"``. Used wherever people type or import
names that must match what is stored: countries, categories, participant search.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter plus a combining mark.
_EXTRA = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    }
)
_SEPARATORS = re.compile(r"[\W_]+")


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower-case ASCII-like form: NFKD, combining marks dropped, casefolded, special letters
    mapped (ø→o, ł→l, æ→ae, œ→oe, ß→ss, đ/ð→d, þ→th, ı→i), every run of characters that are
    not letters or digits turned into one space, stripped."""
    if text.isascii():
        return _SEPARATORS.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    # casefold can produce characters that decompose further (e.g. "ǰ" stays composed).
    decomposed = unicodedata.normalize("NFKD", decomposed)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", bare.translate(_EXTRA)).strip()


def words(text: str) -> list[str]:
    """The folded words of ``text``.

    ``words("  María-José  O'Neil") == ["maria", "jose", "o", "neil"]``
    """
    return fold(text).split()
