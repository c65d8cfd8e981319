"""Section text as members type it in a plain text box, and back.

Members write paragraphs separated by a blank line, and may use a few HTML tags (bold,
links, lists). Whatever they type goes through the one sanitiser before it is stored."""

import re
from html import unescape

from .sanitise import clean_member_html

BLANK_LINE = re.compile(r"\n\s*\n")
BLOCK_START = re.compile(r"^\s*<(p|ul|ol)[\s>]", re.IGNORECASE)


def text_to_html(text):
    paragraphs = []
    for chunk in BLANK_LINE.split((text or "").replace("\r\n", "\n")):
        chunk = chunk.strip()
        if not chunk:
            continue
        if BLOCK_START.match(chunk):
            paragraphs.append(chunk)
        else:
            paragraphs.append("<p>" + chunk.replace("\n", "<br>") + "</p>")
    return clean_member_html("".join(paragraphs))


def html_to_text(html):
    """The text box's starting value for stored HTML: paragraphs become blank lines."""
    text = re.sub(r"<br\s*/?>", "\n", html or "")
    text = re.sub(r"\s*</p>\s*", "\n\n", text)
    text = re.sub(r"<p(\s[^>]*)?>", "", text)
    text = re.sub(r"(</(ul|ol)>)\s*", r"\1\n\n", text)
    return unescape(text).strip()
