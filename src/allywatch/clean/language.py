"""Which language a page is in, from its scripts: the pipeline codes Chinese pages only.

Script shares decide reliably between Chinese, Japanese (kana), Korean (hangul) and
Latin/Cyrillic-script pages, which is all the skip decision needs.
"""
from __future__ import annotations

import numpy as np

_SCRIPTS = {  # code point ranges (inclusive) of each script
    "han": [(0x4E00, 0x9FFF), (0x3400, 0x4DBF)],
    "kana": [(0x3040, 0x30FF)],
    "hangul": [(0xAC00, 0xD7AF)],
    # letters below U+0250: A-Z, a-z, ª, µ, º, À-Ö, Ø-ö, ø-ɏ
    "latin": [(0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xB5, 0xB5), (0xBA, 0xBA),
              (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F)],
    "cyrillic": [(0x400, 0x4FF)],
}


def _script_table() -> np.ndarray:
    """The index of each code point's script in _SCRIPTS, len(_SCRIPTS) for any other; the
    last entry is an other, for code points beyond the table. Counting a page's scripts is then
    one lookup over its code points instead of a regex pass per script."""
    table = np.full(max(end for ranges in _SCRIPTS.values() for _, end in ranges) + 2, len(_SCRIPTS), dtype=np.uint8)
    for i, ranges in enumerate(_SCRIPTS.values()):
        for start, end in ranges:
            table[start:end + 1] = i
    return table


_SCRIPT_OF = _script_table()


def detect_language(text: str, sample: int = 5000) -> str:
    codes = np.frombuffer(text[:sample].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    counts = np.bincount(_SCRIPT_OF[np.minimum(codes, len(_SCRIPT_OF) - 1)], minlength=len(_SCRIPTS) + 1)
    han, kana, hangul, latin, cyrillic = counts[:len(_SCRIPTS)].tolist()
    letters = han + kana + hangul + latin + cyrillic
    if not letters:
        return "und"
    if hangul / letters > 0.2:
        return "ko"
    if kana / letters > 0.1:
        return "ja"
    if han / letters >= 0.3:
        return "zh"
    # Latin letters count one per letter, Han one per word-sized character: weigh accordingly.
    if han * 4 >= latin + cyrillic and han > 50:
        return "zh"
    return "ru" if cyrillic > latin else "latin"
