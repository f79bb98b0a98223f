"""The model-input normaliser: Python twin of src/model/normalise-for-model.ts.

Both sides must produce byte-identical output; test/unit/model-normaliser-parity.test.ts checks this
over test/fixtures/normaliser-sample.jsonl, whose expected values this module generates
(scripts/python/make_normaliser_fixture.py). Every regex below uses explicit character classes,
never \\w, \\s or \\b, because those differ between Python's and JavaScript's regex engines.

Steps, in order (the order matters: entities can hide fullwidth letters, leetspeak rules need
lower case, repeated-character folding must see the de-leeted word):
  1. decode HTML entities (a fixed list plus numeric forms),
  2. Unicode NFKC (fullwidth and mathematical letters -> plain letters),
  3. drop invisible characters used for obfuscation (zero-width space, word joiner, BOM, soft hyphen),
  4. collapse whitespace to single spaces and trim,
  5. lower case,
  6. URLs -> "httpurl", e-mail addresses -> "email", dataset placeholders (URL, @URL) -> "httpurl",
     @handles -> "@user",
  7. Cyrillic/Greek homoglyphs -> Latin, only inside tokens that also contain Latin letters,
  8. leetspeak digits/symbols -> letters, only between Latin letters ("h4te", "k1ll"),
  9. spaced or dotted single letters joined ("h a t e", "k.i.l.l" -> "hate", "kill"),
 10. any character repeated 3+ times -> 2 times.
"""
from __future__ import annotations

import re
import unicodedata

VERSION = "1"

_NAMED_ENTITIES = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0",
}
_ENTITY_RE = re.compile(r"&(amp|lt|gt|quot|apos|nbsp);|&#([0-9]{1,7});|&#[xX]([0-9a-fA-F]{1,6});")

_INVISIBLE_RE = re.compile("[\u00ad\u200b\u2060\ufeff\u180e]")
_WS_RE = re.compile("[ \t\n\r\f\v\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")

_URL_RE = re.compile(r"(?:https?://|www\.)[^ ]+")
_EMAIL_RE = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
_HANDLE_RE = re.compile(r"@[a-z0-9_]+")
# Placeholders some corpora already use (OLID/OSACT "URL", MLMA "@URL"); after step 6a handles are
# replaced before handles so "@URL" does not become "@user".
_URL_WORD_RE = re.compile(r"(?<![a-z0-9_])@?url(?![a-z0-9_])")

_HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "ї": "i", "ё": "e",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w",
}
_HOMOGLYPH_CLASS = "[" + "".join(_HOMOGLYPHS.keys()) + "]"
_HOMOGLYPH_RE = re.compile(_HOMOGLYPH_CLASS)
_LATIN_RE = re.compile("[a-z]")

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
         "!": "i", "|": "l", "+": "t"}
_LEET_RE = re.compile(r"(?<=[a-z])[0134578@$!|+]+(?=[a-z])")

_SPACED_RE = re.compile(r"(?<![a-z0-9])[a-z](?:[ .\-_*][a-z]){2,}(?![a-z0-9])")
_SPACED_SEP_RE = re.compile(r"[ .\-_*]")

_REPEAT_RE = re.compile(r"(.)\1{2,}", re.DOTALL)


def _entity(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return _NAMED_ENTITIES[m.group(1)]
    num = int(m.group(2), 10) if m.group(2) is not None else int(m.group(3), 16)
    # Out-of-range or surrogate code points stay as written: the JS side cannot build them either.
    if num == 0 or num > 0x10FFFF or 0xD800 <= num <= 0xDFFF:
        return m.group(0)
    return chr(num)


def _homoglyph_token(tok: str) -> str:
    if _LATIN_RE.search(tok) and _HOMOGLYPH_RE.search(tok):
        return "".join(_HOMOGLYPHS.get(c, c) for c in tok)
    return tok


def normalise_for_model(text: str) -> str:
    """Returns the canonical model input for a raw post text."""
    s = _ENTITY_RE.sub(_entity, text)
    s = unicodedata.normalize("NFKC", s)
    s = _INVISIBLE_RE.sub("", s)
    s = _WS_RE.sub(" ", s).strip(" ")
    s = s.lower()
    s = _URL_RE.sub("httpurl", s)
    s = _EMAIL_RE.sub("email", s)
    s = _URL_WORD_RE.sub("httpurl", s)
    s = _HANDLE_RE.sub("@user", s)
    s = " ".join(_homoglyph_token(t) for t in s.split(" "))
    s = _LEET_RE.sub(lambda m: "".join(_LEET[c] for c in m.group(0)), s)
    s = _SPACED_RE.sub(lambda m: _SPACED_SEP_RE.sub("", m.group(0)), s)
    s = _REPEAT_RE.sub(r"\1\1", s)
    return s
