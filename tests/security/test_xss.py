"""Every payload in the XSS corpus goes through the member-text sanitiser and through every
public page that shows members' words; nothing that could run survives. Outputs added later
(feed, API, search results, emails) should reuse XSS_PAYLOADS and unsafe_markup."""

import re
import uuid
from html.parser import HTMLParser

import pytest
from django.utils.html import escape

from policies.sanitise import ALLOWED_TAGS, clean_member_html, clean_member_text
from tests.factories import PolicyPageFactory
from tests.html_safety import unsafe_markup
from tests.xss_corpus import XSS_PAYLOADS


def test_the_corpus_has_at_least_fifty_payloads():
    assert len(set(XSS_PAYLOADS)) >= 50


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()
        self.attributes = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(f"{tag}.{name}" for name, _value in attrs)


def tags_in(html):
    parser = _Tags()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_clean_member_html_leaves_nothing_that_runs(payload):
    cleaned = clean_member_html(payload)
    assert unsafe_markup(cleaned) == [], cleaned
    found = tags_in(cleaned)
    assert found.tags <= ALLOWED_TAGS
    assert found.attributes <= {"a.href", "a.rel"}
    assert "<script" not in cleaned.lower()


# Where a browser would start a tag, an end tag, a comment or a declaration.
TAG_OPENING = re.compile(r"<[a-zA-Z/!?]")


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_clean_member_text_leaves_no_markup_at_all(payload):
    """clean_member_text returns plain text, which templates escape: a lone "<" or ">" may
    stay (people write "rent > income"), but nothing that could start a tag, even if the
    text were ever put in a page unescaped; and escaped, it is inert."""
    cleaned = clean_member_text(payload)
    assert not TAG_OPENING.search(cleaned), cleaned
    assert unsafe_markup(cleaned) == []
    assert "<" not in escape(cleaned) and unsafe_markup(escape(cleaned)) == []


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_clean_member_text_leaves_no_tag_start_in_any_cut_of_a_payload(payload):
    # Text cut short (a name at its length limit, say) can end inside markup: "go</".
    for cut in range(len(payload) + 1):
        cleaned = clean_member_text(payload[:cut])
        assert not TAG_OPENING.search(cleaned), (payload[:cut], cleaned)
        assert not TAG_OPENING.search(cleaned + "x"), (payload[:cut], cleaned)


@pytest.mark.parametrize(
    "typed", ["Rent > income", "2 < 3", "rent <= income", "a -> b", "Rent & repairs"]
)
def test_clean_member_text_keeps_plain_words_as_typed(typed):
    assert clean_member_text(typed) == typed


def idea_written_with(payload, policy_index):
    """An idea whose every member-written field holds the payload: plain fields as typed
    (forms refuse NUL characters, and templates escape), rich text through the sanitiser."""
    typed = payload.replace("\x00", "")
    return PolicyPageFactory(
        parent=policy_index,
        title=typed[:255],
        summary=typed[:300],
        body=[
            {
                "type": "section",
                "id": str(uuid.uuid4()),
                "value": {"heading": typed[:120], "text": clean_member_html(typed)},
            },
            {"type": "asks", "id": str(uuid.uuid4()), "value": {"asks": [typed[:200]]}},
            {
                "type": "lived_experience",
                "id": str(uuid.uuid4()),
                "value": {"quote": typed, "name": typed[:120], "credit": "full"},
            },
        ],
    )


def test_the_page_check_would_catch_an_unescaped_payload(client, policy_index):
    idea = idea_written_with("x", policy_index)
    html = client.get(idea.url).content.decode().replace("<h1>x", "<h1><img src=x onerror=go()>")
    assert "onerror= handler on <img>" in unsafe_markup(html)


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_public_pages_showing_members_words_stay_safe(client, policy_index, payload):
    idea = idea_written_with(payload, policy_index)
    for url in (idea.url, "/en/policies/", "/en/"):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert unsafe_markup(html) == [], (url, unsafe_markup(html))
