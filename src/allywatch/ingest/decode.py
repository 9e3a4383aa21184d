"""Bytes → text: encoding detection and Traditional → Simplified normalisation.

Chinese pages come as UTF-8, GB18030/GBK or Big5; a declared charset is trusted only when the
bytes decode cleanly under it. The pipeline reads Simplified text; the original script is kept.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from charset_normalizer import from_bytes

from ..data import read_yaml

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# GB2312 and GBK are subsets of GB18030: decode with the superset so rare characters survive.
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs", "utf8": "utf-8"}


class UndecodableInput(ValueError):
    """The bytes are not text in any encoding we know (binary file, corrupt page)."""


@dataclass
class Decoded:
    text: str  # Simplified-script text
    encoding: str
    original: str | None  # the text in its original script when conversion changed it


def _normalise(name: str) -> str:
    name = name.lower().replace("_", "-")
    return _ALIASES.get(name, name)


_CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32))  # not \t \n \v \f \r


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control characters in the head mean it is not a text page."""
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Tries UTF-8, then a declared charset, then charset-normalizer."""
    if looks_binary(data):
        raise UndecodableInput("binary content, not a text page")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:4096])
    if declared:
        enc = _normalise(declared.group(1).decode("ascii", "ignore"))
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    # Nearly every Big5 byte sequence is also valid GB18030: decode both ways and keep the
    # reading made of common characters.
    readings = []
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _cjk_share(text) > 0.2:
            readings.append((_common_share(text, enc), enc, text))
    if readings:
        _, enc, text = max(readings)
        return text, enc
    best = from_bytes(data).best()
    if best is None:
        # Mixed encodings: keep what is valid UTF-8 and mark the rest, rather than lose the page.
        return data.decode("utf-8", errors="replace"), "utf-8-lossy"
    return str(best), _normalise(best.encoding)


def _cjk_share(text: str) -> float:
    sample = text[:4000]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / len(sample)


def _common_share(text: str, encoding: str) -> float:
    """Share of Han characters that are common in that encoding's own ordering: GB2312 level 1
    (lead byte 0xB0–0xD7) for GB, the frequent block 0xA440–0xC67E for Big5. A wrong reading
    scatters characters over rare code points."""
    han = [ch for ch in text[:4000] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    common = 0
    for ch in han:
        try:
            code = ch.encode("gb2312" if encoding == "gb18030" else "big5")
        except UnicodeEncodeError:
            continue
        if encoding == "gb18030" and 0xB0 <= code[0] <= 0xD7 or encoding != "gb18030" and 0xA440 <= int.from_bytes(code[:2], "big") <= 0xC67E:
            common += 1
    return common / len(han)


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    """data/variants.yaml: characters t2s keeps that Simplified text writes otherwise (砲 → 炮)."""
    return str.maketrans(read_yaml(resources.files("allywatch.data").joinpath("variants.yaml").read_text("utf-8")))


def to_simplified(text: str) -> tuple[str, str | None]:
    """Return (simplified, original-or-None). OpenCC's t2s maps characters and phrases."""
    simplified = _t2s().convert(text).translate(_variants())
    return simplified, (text if simplified != text else None)


class ScriptRestorer:
    """Gives text read in Simplified back in the page's own script, for what users read (an event's
    sentence and trigger). OpenCC's t2s maps character for character, so a Simplified passage found
    in the converted page is the original at the same offsets; a passage the cleaner changed (spam
    cut out, tags dropped) is restored character by character, each character in the form the page
    used most for it (发 → 發 or 髮)."""

    def __init__(self, simplified: str, original: str):
        self._simplified, self._original = simplified, original
        aligned = len(simplified) == len(original)
        changed: dict[str, Counter] = defaultdict(Counter)
        for s, o in zip(simplified, original) if aligned else ():
            if s != o:
                changed[s][o] += 1
        for s, forms in changed.items():  # 干 written as 干 too: count its unchanged uses
            forms[s] = simplified.count(s) - sum(forms.values())
        self._aligned = aligned
        self._form = {s: forms.most_common(1)[0][0] for s, forms in changed.items()}

    def restore(self, text: str) -> str:
        if not self._aligned or not text:
            return text  # t2s changed a length: offsets do not hold, keep the Simplified text
        at = self._simplified.find(text)
        if at >= 0:
            return self._original[at:at + len(text)]
        return "".join(self._form.get(c, c) for c in text)


def decode(data: bytes) -> Decoded:
    text, encoding = decode_bytes(data)
    simplified, original = to_simplified(text)
    return Decoded(simplified, encoding, original)
