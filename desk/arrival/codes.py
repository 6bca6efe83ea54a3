"""Badge codes: random, upper-case letters and digits, with a check character.

A code is 15 random Crockford base32 symbols (75 bits from ``secrets``) followed by a
check symbol: the code's value modulo 37, as in Crockford's scheme. Crockford writes
check values 32–36 as symbols (``*~$=U``), which a USB scanner on a Latin-American keyboard
layout mangles, so codes whose check value would be one of those are never issued. The
modulus 37 is prime, so every single wrong symbol and every swap of two neighbours gives
a wrong check character: a mistyped or misread code is refused, never matched to
someone else.

Codes are printed in groups of four (``7KQ2-M9XC-4RTB-HN5E``) for people; QR codes and
the database hold them without separators.
"""

from __future__ import annotations

import re
import secrets
from enum import Enum

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_LENGTH = 15
CODE_LENGTH = DATA_LENGTH + 1
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
# Crockford's decoding of look-alike letters.
_ALIASES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_SEPARATORS = re.compile(r"[\s\-_./'´`,;:+]+")
_MIN_DIGITS = 2


class CodeStatus(Enum):
    VALID = "valid"
    BAD_CHECK = "bad_check"  # looks like a code, but its check character is wrong
    NOT_A_CODE = "not_a_code"  # typed text: search it as a name


def _check_value(data: str) -> int:
    value = 0
    for ch in data:
        value = (value * 32 + _VALUES[ch]) % 37
    return value


def generate_code() -> str:
    """A new random code (75 random bits) with its check character."""
    while True:
        value = secrets.randbits(DATA_LENGTH * 5)
        check = value % 37  # the value of the data symbols, read as one base-32 number
        if check >= 32:
            continue
        data = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in range(DATA_LENGTH - 1, -1, -1))
        code = data + ALPHABET[check]
        # At least two digits, so that a typed name is never taken for a scan.
        if sum(map(str.isdigit, code)) >= _MIN_DIGITS:
            return code


def normalise(text: str) -> str:
    """Scanner or keyboard input → canonical form: upper case, no spaces or dashes."""
    return _SEPARATORS.sub("", text.strip()).upper().translate(_ALIASES)


def classify(text: str) -> tuple[CodeStatus, str]:
    """Whether ``text`` is a badge code, a mistyped one, or something else (a name to search
    for, or another system's invitation code), with its normalised form."""
    raw = _SEPARATORS.sub("", text.strip()).upper()
    code = raw.translate(_ALIASES)
    if len(code) != CODE_LENGTH or not raw.isalnum() or not raw.isascii():
        return CodeStatus.NOT_A_CODE, raw
    if sum(ch.isdigit() for ch in raw) < _MIN_DIGITS:
        return CodeStatus.NOT_A_CODE, raw
    if any(ch not in _VALUES for ch in code):
        return CodeStatus.BAD_CHECK, code
    if _check_value(code[:DATA_LENGTH]) != _VALUES[code[DATA_LENGTH]]:
        return CodeStatus.BAD_CHECK, code
    return CodeStatus.VALID, code


def normalise_scan(text: str) -> str | None:
    """What was scanned or typed, separators taken out and in upper case, when it could hold
    badge codes (ASCII letters and digits only); None for a name, an e-mail or the like."""
    raw = _SEPARATORS.sub("", text.strip()).upper()
    return raw if raw.isascii() and raw.isalnum() else None


def is_valid(text: str) -> bool:
    return classify(text)[0] is CodeStatus.VALID


def format_code(code: str) -> str:
    """Readable groups of four for badges and screens."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
