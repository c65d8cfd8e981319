"""The one sanitiser for text members write. Everything a member types as rich text passes
through `clean_member_html` before it is stored; plain-text fields are escaped by templates."""

import re
from html import unescape

import nh3

ALLOWED_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# Where a browser would start a tag, an end tag, a comment or a declaration; or a "<" at
# the end, which would start one with whatever is put after the text.
TAG_START = re.compile(r"<(?=[a-zA-Z/!?]|$)")


def clean_member_html(html):
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener noreferrer ugc",
        strip_comments=True,
    ).strip()


def clean_member_text(text):
    """Plain text (titles, summaries, comments): no markup at all survives.

    Returned as plain text, not HTML: templates escape it, so "Rent & repairs" must not be
    stored as "Rent &amp; repairs". Cleaning repeats until stable, so escaped markup such as
    "&lt;script&gt;" cannot come back as a tag once unescaped."""
    text = text or ""
    for _round in range(10):
        cleaned = unescape(nh3.clean(text, tags=set()))
        if cleaned == text:
            break
        text = cleaned
    else:
        return nh3.clean(text, tags=set()).strip()  # never stable: keep it escaped
    # A "<" or "</" left at the very end is text to the parser, but put before other words
    # (a name in an email, say) it would open markup again: part it from what follows.
    return TAG_START.sub("< ", text.strip())
