"""Which language a page is in, from its scripts: the pipeline codes Chinese pages only.

Script shares decide reliably between Chinese, Japanese (kana), Korean (hangul) and
Latin/Cyrillic-script pages, which is all the skip decision needs.
"""
from __future__ import annotations

import re

_SCRIPTS = {  # character ranges of each script
    "han": "\u4e00-\u9fff\u3400-\u4dbf",
    "kana": "\u3040-\u30ff",
    "hangul": "\uac00-\ud7af",
    "latin": "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f",  # letters below U+0250
    "cyrillic": "\u0400-\u04ff",
}
# deleting everything else leaves the characters to count (faster than matching each one)
_OTHER_THAN = {name: re.compile(f"[^{chars}]+") for name, chars in _SCRIPTS.items()}


def detect_language(text: str, sample: int = 5000) -> str:
    head = text[:sample]
    han, kana, hangul, latin, cyrillic = (len(_OTHER_THAN[name].sub("", head)) for name in _SCRIPTS)
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
