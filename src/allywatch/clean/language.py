"""Which language a page is in, from its scripts: the pipeline codes Chinese pages only.

Script shares decide reliably between Chinese, Japanese (kana), Korean (hangul) and
Latin/Cyrillic-script pages, which is all the skip decision needs.
"""
from __future__ import annotations


def detect_language(text: str, sample: int = 5000) -> str:
    han = kana = hangul = latin = cyrillic = 0
    for ch in text[:sample]:
        o = ord(ch)
        if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
            han += 1
        elif 0x3040 <= o <= 0x30FF:
            kana += 1
        elif 0xAC00 <= o <= 0xD7AF:
            hangul += 1
        elif ch.isalpha() and o < 0x250:
            latin += 1
        elif 0x400 <= o <= 0x4FF:
            cyrillic += 1
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
