"""Writes test/fixtures/normaliser-sample.jsonl: {"text", "expected"} pairs where "expected" is the
Python normaliser's output. The inputs are the project's own sentences (never dataset excerpts),
chosen to hit every normalisation step in many scripts. Run from the repo root:
    .venv/bin/python scripts/python/make_normaliser_fixture.py
"""
from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from normalise import normalise_for_model  # noqa: E402

SAMPLES = [
    "Hello World",
    "  leading and trailing   spaces\t\tand\ttabs\n\nnewlines  ",
    "Fish &amp; chips &lt;3 &gt; &quot;quoted&quot; &apos;single&apos; a&nbsp;b &#39;x&#39; &#x1F600; &#65;",
    "Broken entities &amp &#xZZ; &#0; &#55296; &#1114112; &unknown;",
    "Visit https://example.org/a?b=c&d=e now, or www.example.com/page!",
    "HTTP://SHOUTY.EXAMPLE/PATH and http://x.y",
    "@SomeUser_99 and @another said hi to @USER @USER",
    "Link placeholder URL and @URL and curl and urls",
    "email me at jane@example.org please",
    "h4te them, k1ll them, n3ver f0rget, sh!t, a$$hole, l0000ser",
    "2020 was hard, covid19, 4ever, 3 people, 1st place, +5 points",
    "h a t e and k.i.l.l and f-u-c-k and s*t*u*p*i*d, but a b is fine",
    "e.g. this, i.e. that, u.s.a. and the u.k",
    "soooooo goooood!!!!!! ????? .......",
    "hahahahaha lolllll nooooo",
    "ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ and 𝐛𝐨𝐥𝐝 𝓈𝒸𝓇𝒾𝓅𝓉 ①②③",
    "hid\u200bden zero\u200bwidth soft\u00adhyphen word\u2060joiner \ufeffbom",
    "Cyrillic homoglyphs: hаte (a is Cyrillic), реорlе, Greek: hοmοglyph",
    "Русский текст остаётся как есть: привет мир",
    "Ελληνικά: Καλημέρα ΣΟΦΟΣ κόσμε",
    "Français: « Ça suffit ! » dit-elle, À bientôt, ÉCOLE, cœur",
    "Deutsch: Straße, GRÜSSE, Äpfel und Öl, ẞ groß",
    "Português: Não é possível, coração, AÇÃO, você",
    "Español: ¡Qué BARBARIDAD! ¿Dónde está el niño? Ñandú",
    "Italiano: perché è così, Città, PIÙ",
    "Nederlands: ĳsje, Zeeuws-Vlaanderen, één keer",
    "Polski: Zażółć GĘŚLĄ jaźń, Łódź",
    "Türkçe: İstanbul ve ISPARTA, ılık",
    "العربية: هذا نص عربي مع تشكيل: مَرْحَبًا بِكُمْ ١٢٣ ، ؟",
    "ፊደል: ሰላም ለዓለም ኢትዮጵያ ፤ ።",
    "বাংলা: আমি বাংলায় গান গাই ১২৩",
    "हिन्दी: नमस्ते दुनिया, यह एक वाक्य है। क्षत्रिय",
    "فارسی با نیم‌فاصله: می‌خواهم",
    "中文：你好，世界！这是一个测试。ＡＢＣ",
    "日本語：こんにちは、ｶﾀｶﾅ半角",
    "한국어: 안녕하세요 세계",
    "Kiswahili: Habari za asubuhi, RAFIKI yangu!",
    "עברית: שלום עולם",
    "emoji: 👍🏽 👨‍👩‍👧 🇩🇪 ❤️❤️❤️❤️ 😂😂😂😂",
    "Mixed: Hello мир 世界 مرحبا",
    "ALL CAPS SHOUTING WITH NUMBERS 12345 AND $$$ MONEY",
    "tabs\u3000ideographic\u2003em\u00a0nbsp\u202fnarrow",
    "dots... dashes --- stars *** underscores ___",
    "",
    "   ",
    "x",
    "I&amp;amp;you",
    "f*ck this, f**k that, b!tch, @ss, 5h1t",
    "café\u0301 decomposed e\u0301 vs é",
    "ﬁne ligature ﬂ and ㎏ and ½",
    "1337 5p34k: h3ll0 w0rld, 7h15 15 4 7357",
    "www.example.com",
    "repeated emoji 🔥🔥🔥🔥 and Amharic ሰሰሰሰ",
]


def main() -> None:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "test", "fixtures", "normaliser-sample.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for text in SAMPLES:
            f.write(json.dumps({"text": text, "expected": normalise_for_model(text)}, ensure_ascii=False) + "\n")
    print(f"wrote {len(SAMPLES)} cases to {os.path.relpath(out, root)}")


if __name__ == "__main__":
    main()
