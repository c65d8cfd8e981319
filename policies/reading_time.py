"""How long a published policy takes to read, shown at the top of its page."""

import math
import re

# Around 200 words a minute for plain English read on a phone; Chinese is read character
# by character, at around 300 a minute, and has no spaces to count words by.
WORDS_PER_MINUTE = 200
HAN_CHARACTERS_PER_MINUTE = 300

HAN_CHARACTER = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")


def reading_minutes(text):
    """Whole minutes to read `text`, at least one."""
    han_characters = len(HAN_CHARACTER.findall(text))
    words = len(WORD.findall(HAN_CHARACTER.sub(" ", text)))
    minutes = words / WORDS_PER_MINUTE + han_characters / HAN_CHARACTERS_PER_MINUTE
    return max(1, math.ceil(minutes))


def policy_text(page):
    """Everything a reader reads on the page: title, summary and the words of every block."""
    body = page.body.stream_block.get_searchable_content(page.body)
    return " ".join([page.title, page.summary, *body])
