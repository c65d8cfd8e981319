"""How easy a piece of writing is to read: the one scoring module for members and staff.

LIX is computed as Wagtail 8's admin computes it in the page editor's "Content metrics"
(client/src/includes/contentMetrics.ts, shipped in wagtailadmin/js/core.js):

    words     = segments of Intl.Segmenter(lang, {granularity: "word"}) with isWordLike
    long      = those words whose JavaScript length (UTF-16 code units) is more than 6
    sentences = all segments of Intl.Segmenter(lang, {granularity: "sentence"})
    LIX       = words / sentences + long / words * 100, or 0 with no sentence or < 10 words

Python has no Intl.Segmenter, so `_words` and `_sentences` follow the Unicode text
segmentation rules (UAX #29) that ICU, and so the browser, uses:
- a word is a run of letters, marks and digits; "don't", "e.g", "3.5" and "1,000" stay one
  word, a hyphen splits ("co-production" is two words, as in the browser);
- a sentence ends after . ! ? (and ؟ ۔ 。 ！ ？) plus any closing quotes and spaces, except
  "3.5", "U.S.A", "e.g. the" (lower case next) and ".," ; every line break also ends one.

Two choices where the browser's answer cannot be reproduced or makes no sense:
- Chinese and Japanese have no spaces; ICU splits them with a dictionary we do not ship.
  We count a run of Han or kana characters as one word per two characters (rounded up),
  which is what ICU's dictionary gives on average for modern Chinese. Such words are never
  longer than 6, so for Chinese LIX is in effect the average sentence length.
- Wagtail scores the preview's innerText, where a blank line between paragraphs becomes
  an empty "sentence" of its own. We collapse blank lines first, so a paragraph break ends
  a sentence but does not count as one.

Bands (LIX, rounded): up to 30 "Easy to read", up to 40 "Fairly easy", above 40 "Hard to
read". Our target is 40 or less, so "Hard to read" means "above target". (Wagtail's own
labels are Good < 35, Fair < 45, Complex.) Fewer than 10 words are too few to score.
"""

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape

from django.utils.translation import gettext_lazy as _

TARGET_LIX = 40
EASY_LIX = 30
MIN_WORDS = 10  # Wagtail's own minimum: shorter texts score 0
LONG_WORD = 6  # a long word has more than six characters
LONG_SENTENCE_WORDS = 20  # plain-English guidance: keep sentences under about 20 words
LONGEST_SENTENCES = 3

EASY, FAIRLY_EASY, HARD, TOO_SHORT = "easy", "fairly_easy", "hard", "too_short"
BAND_LABELS = {
    EASY: _("Easy to read"),
    FAIRLY_EASY: _("Fairly easy"),
    HARD: _("Hard to read"),
    TOO_SHORT: _("Too short to score"),
}

# --- Turning HTML into text the way a browser's innerText does ------------------------

_BLOCK_TAGS = re.compile(
    r"<\s*(?:br|/?(?:p|div|li|ul|ol|h[1-6]|blockquote|section|article|tr|table|pre))\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
_BLANK_LINES = re.compile(r"[ \t\f\v]*[\r\n\u2028\u2029\x85][\s]*")
_SPACES = re.compile(r"[ \t\f\v\xa0]+")


def plain_text(html_or_text):
    """Text without markup; each paragraph, list item or line on one line of its own."""
    text = _BLOCK_TAGS.sub("\n", html_or_text or "")
    text = unescape(_TAG.sub("", text))
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


# --- Words (UAX #29 word boundaries, as ICU) ------------------------------------------

# Han ideographs and Japanese kana: words without spaces between them.
_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HAN_CHAR = re.compile(rf"[{_HAN}]")
# Combining marks (Arabic vowel signs, accents) belong to the word they sit on; Python's
# \w does not include them.
_MARKS = "".join(
    re.escape(chr(c)) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in "MnMcMe"
)
_RUN = rf"(?:(?![{_HAN}])[\w{_MARKS}])+"
_MID_LETTER = ":\u00b7\u0387\u055f\u05f4\u2027\ufe13\ufe55\uff1a"
_MID_NUM = ",;\u037e\u0589\u060c\u060d\u066c\u07f8\u2044\ufe10\ufe14\ufe50\ufe54\uff0c\uff1b"
_MID_NUM_LET = ".'\u2018\u2019\u2024\ufe52\uff07\uff0e"
_MID = re.escape(_MID_LETTER + _MID_NUM + _MID_NUM_LET)
_WORD_CANDIDATE = re.compile(rf"{_RUN}(?:[{_MID}]{_RUN})*|[{_HAN}]+")
_SPLIT_MID = re.compile(rf"([{_MID}])")


def _joins(before, mid, after):
    """Whether punctuation between two runs keeps them one word (UAX #29 WB6-7, WB11-12)."""
    digits = before.isdigit() and after.isdigit()
    letters = not before.isdigit() and not after.isdigit()
    if mid in _MID_NUM_LET:
        return digits or letters
    if mid in _MID_LETTER:
        return letters
    return digits


def _words(text):
    words = []
    for match in _WORD_CANDIDATE.finditer(text):
        token = match.group()
        if _HAN_CHAR.match(token):
            # Dictionary words of about two characters, see the module docstring.
            words.extend(token[i : i + 2] for i in range(0, len(token), 2))
            continue
        parts = _SPLIT_MID.split(token)
        word = parts[0]
        for mid, run in zip(parts[1::2], parts[2::2], strict=True):
            if _joins(word[-1], mid, run[0]):
                word += mid + run
            else:
                words.append(word)
                word = run
        words.append(word)
    return words


def _js_length(word):
    """String length as JavaScript counts it: UTF-16 code units."""
    return len(word.encode("utf-16-le")) // 2


# --- Sentences (UAX #29 sentence boundaries, as ICU) ----------------------------------

_S_TERM = (
    "!?\u0589\u061f\u06d4\u0700\u0701\u0702\u0964\u0965\u203c\u203d"
    "\u2047\u2048\u2049\u3002\ufe56\ufe57\uff01\uff1f\uff61"
)
_A_TERM = ".\u2024\ufe52\uff0e"
_CLOSE = (
    "\"'()[]{}\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e"
    "\u201f\u2039\u203a\u300c\u300d\u300e\u300f\uff09\uff3d\uff5d"
)
_PARA_SEP = "\n\r\x85\u2028\u2029"
_S_CONTINUE = (
    ",-:;\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10"
    "\ufe11\ufe13\ufe31\ufe32\ufe50\ufe51\ufe55\ufe58\ufe63\uff0c\uff0d"
    "\uff1a\uff64"
)
_SENTENCE_END = re.compile(
    rf"(?P<stops>[{re.escape(_S_TERM + _A_TERM)}]+)[{re.escape(_CLOSE)}]*"
    rf"[^\S{_PARA_SEP}]*(?P<para>[{_PARA_SEP}]?)|(?P<line>[{_PARA_SEP}])"
)


def _continues(text, match):
    """Whether the sentence goes on after this stop (UAX #29 rules SB6 to SB8a)."""
    end = match.end()
    after = text[end : end + 1]
    if match.group("line") or match.group("para") or not after:
        return False
    if after in _S_CONTINUE or after in _S_TERM or after in _A_TERM:
        return True  # SB8a: "e.g., this"
    stops = match.group("stops")
    if stops[-1] not in _A_TERM:
        return False
    if end - match.start() == len(stops):  # nothing between the full stop and what follows
        before = text[match.start() - 1 : match.start()]
        if after.isdigit():
            return True  # SB6: "3.5"
        if before.isalpha() and after.isupper():
            return True  # SB7: "U.S.A"
    # SB8: after a full stop, a lower-case letter before any other letter goes on.
    for char in text[end:]:
        if char.isalpha() or char in _PARA_SEP or char in _S_TERM or char in _A_TERM:
            return char.islower()
    return False


def _sentences(text):
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _continues(text, match):
            continue
        sentences.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        sentences.append(text[start:])
    return sentences


# --- An English reading age (Flesch-Kincaid grade + 5) --------------------------------

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _syllables(word):
    """A heuristic: groups of vowels, less a silent final e; at least one."""
    word = word.lower().strip("'’")
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(count, 1)


def _reading_age(words, sentence_count):
    """US school grade by Flesch-Kincaid, plus five years: roughly the reader's age."""
    syllables = sum(_syllables(word) for word in words)
    grade = 0.39 * len(words) / sentence_count + 11.8 * syllables / len(words) - 15.59
    return max(5, round(grade + 5))


# --- Jargon ---------------------------------------------------------------------------


_GAP = r"[\s\-\u2010\u2011]+"  # spaces, line breaks or hyphens between the parts of a term


def _flat(term):
    """ "Co-production", "co production" and "co\nproduction" are one term."""
    return re.sub(_GAP, " ", term.lower()).strip()


@lru_cache(maxsize=32)
def _jargon_pattern(terms):
    """One case-insensitive, whole-word pattern for a glossary's terms, longest first, so
    "rent arrears" wins over "arrears". Compiled once per process per glossary."""
    parts = (_GAP.join(map(re.escape, _flat(term).split())) for term in terms)
    body = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])", re.IGNORECASE)


def find_jargon(text, glossary):
    """Jargon in the text, in order of first use: [{"term", "found", "alternative"}].
    `glossary` maps lower-case terms to plainer words (see `policies.jargon.glossary`)."""
    if not glossary:
        return []
    terms = {_flat(term): term for term in glossary}
    found, seen = [], set()
    for match in _jargon_pattern(tuple(sorted(glossary))).finditer(text):
        term = terms.get(_flat(match.group()))
        if term and term not in seen:
            seen.add(term)
            found.append({"term": term, "found": match.group(), "alternative": glossary[term]})
    return found


# --- The score ------------------------------------------------------------------------


@dataclass
class Score:
    language: str
    words: int = 0
    long_words: int = 0
    sentences: int = 0
    lix: float = 0.0
    average_sentence_length: float = 0.0
    longest_sentences: list = field(default_factory=list)  # [{"text", "words"}], longest first
    reading_age: int | None = None  # English only
    jargon: list = field(default_factory=list)

    @property
    def score(self):
        return math.floor(self.lix + 0.5)

    @property
    def band(self):
        if self.words < MIN_WORDS:
            return TOO_SHORT
        if self.score <= EASY_LIX:
            return EASY
        return FAIRLY_EASY if self.score <= TARGET_LIX else HARD

    @property
    def band_label(self):
        return BAND_LABELS[self.band]

    @property
    def above_target(self):
        return self.band == HARD

    @property
    def longest_sentence(self):
        return self.longest_sentences[0] if self.longest_sentences else None

    @property
    def longest_is_long(self):
        return bool(self.longest_sentences) and (
            self.longest_sentences[0]["words"] > LONG_SENTENCE_WORDS
        )

    @property
    def is_empty(self):
        return self.words == 0

    def as_dict(self):
        return {
            "language": self.language,
            "score": self.score,
            "lix": round(self.lix, 2),
            "band": self.band,
            "band_label": str(self.band_label),
            "above_target": self.above_target,
            "target": TARGET_LIX,
            "words": self.words,
            "long_words": self.long_words,
            "sentences": self.sentences,
            "average_sentence_length": round(self.average_sentence_length, 1),
            "longest_sentence": self.longest_sentence,
            "longest_sentences": self.longest_sentences,
            "reading_age": self.reading_age,
            "jargon": self.jargon,
        }


def lix(text, language="en"):
    """Wagtail's LIX for plain text (see the module docstring)."""
    return score_text(text, language, glossary={}).lix


def score_text(html_or_text, language="en", glossary=None):
    """Score a piece of writing (HTML or plain text) in a language.

    `glossary` maps lower-case jargon to plainer words; by default the staff-edited list
    for the language, cached (see `policies.jargon`)."""
    if glossary is None:
        from .jargon import glossary as jargon_glossary

        glossary = jargon_glossary(language)
    text = plain_text(html_or_text)
    words = _words(text)
    sentences = [s.strip() for s in _sentences(text)]
    result = Score(language=language, words=len(words), sentences=len(sentences))
    if not words:
        return result
    result.long_words = sum(1 for word in words if _js_length(word) > LONG_WORD)
    if sentences and len(words) >= MIN_WORDS:
        result.lix = len(words) / len(sentences) + result.long_words / len(words) * 100
    result.average_sentence_length = len(words) / max(len(sentences), 1)
    by_length = sorted(
        ({"text": s, "words": len(_words(s))} for s in sentences if s),
        key=lambda s: s["words"],
        reverse=True,
    )
    result.longest_sentences = by_length[:LONGEST_SENTENCES]
    if language.split("-")[0] == "en":
        result.reading_age = _reading_age(words, max(len(sentences), 1))
    result.jargon = find_jargon(text, glossary)
    return result


def score_policy_page(page):
    """Scores for each section of a policy idea and for the whole idea, in its language.

    The whole idea is its summary, section headings and texts, and its asks. Quotes of lived
    experience are left out: they are members' own words and are not ours to simplify.
    Kept on the page object, so panels rendering the same page score it once."""
    if getattr(page, "_readability", None) is None:
        language = page.locale.language_code if page.locale_id else "en"
        from .jargon import glossary as jargon_glossary

        terms = jargon_glossary(language)
        sections, whole = [], [page.summary or ""]
        for block in page.body:
            if block.block_type == "section":
                text = block.value["text"].source
                sections.append((block.value["heading"], score_text(text, language, terms)))
                whole += [block.value["heading"], text]
            elif block.block_type == "asks":
                whole += list(block.value["asks"])
        page._readability = {
            "sections": sections,
            "page": score_text("\n".join(whole), language, terms),
        }
    return page._readability
