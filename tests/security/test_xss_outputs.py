"""The XSS corpus, typed by members through the real domain functions and forms, then read
back from every other way out of the site: the Atom feed, the API, search results and the
notification email. Nothing that could run survives: no <script>, no on…= handler, no
javascript: URL (tests.html_safety.unsafe_markup and tests.xss_corpus.dangers_in)."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core import mail

from members_area.forms import ProfileForm
from policies.comments import add_comment
from policies.drafting import share_with_forum
from tests.factories import MemberFactory, draft_by
from tests.html_safety import unsafe_markup
from tests.xss_corpus import XSS_PAYLOADS, dangers_in

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

ATOM = "{http://www.w3.org/2005/Atom}"
# Where a browser would start a tag, an end tag, a comment or a declaration.
TAG_OPENING = re.compile(r"<[a-zA-Z/!?]")
# Forms refuse NUL characters, so members can never send them.
TYPABLE = [payload.replace("\x00", "") for payload in XSS_PAYLOADS]


def assert_safe_html(html, where):
    assert unsafe_markup(html) == [], (where, unsafe_markup(html))
    assert dangers_in(html) == [], (where, dangers_in(html))


def assert_safe_text(text, where):
    """Plain text (an Atom title, a plain-text email) where no tag can even begin."""
    assert not TAG_OPENING.search(text), (where, text)
    assert_safe_html(text, where)


def published_idea(payload, policy_index):
    """An idea written with `payload` in every field, the way members write, then published."""
    page = draft_by(
        MemberFactory(),
        policy_index,
        title=f"Zebra {payload}"[:120],
        summary=f"Summary {payload}"[:300],
        sections=[{"heading": f"Heading {payload}"[:120], "text": f"Text\n\n{payload}"}],
    )
    page.get_latest_revision().publish()
    page.refresh_from_db()
    return page


def strings_in(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value)


@pytest.mark.parametrize("payload", TYPABLE)
def test_feed_api_and_search_stay_safe(client, policy_index, payload):
    idea = published_idea(payload, policy_index)

    feed = client.get("/en/policies/feed/")
    assert feed.status_code == 200
    [entry] = ET.fromstring(feed.content).iter(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title").startswith("Zebra")
    assert_safe_text(entry.findtext(f"{ATOM}title"), "feed title")
    # type="html": readers unescape it and show it as HTML.
    assert_safe_html(entry.findtext(f"{ATOM}summary"), "feed summary")

    for url in (f"/api/v2/policies/{idea.pk}/", "/api/v2/policies/?fields=*"):
        response = client.get(url)
        assert response.status_code == 200
        values = list(strings_in(json.loads(response.content)))
        assert any(value.startswith("Zebra") for value in values)
        for value in values:
            assert_safe_html(value, url)

    results = client.get("/en/search/", {"q": "zebra"})
    html = results.content.decode()
    assert results.status_code == 200 and idea.url in html
    assert_safe_html(html, "search results")


@pytest.mark.parametrize("payload", TYPABLE)
def test_notification_email_stays_safe(policy_index, payload):
    author = MemberFactory(notify="immediately")
    idea = draft_by(author, policy_index, title=f"Zebra {payload}"[:120])
    share_with_forum(idea)
    commenter = MemberFactory()
    profile = ProfileForm(
        {"display_name": f"Sky {payload}"[:60], "preferred_language": "en", "credit": "first"}
        | {"notify": "immediately"},
        instance=commenter,
    )
    assert profile.is_valid(), profile.errors
    profile.save()
    mail.outbox.clear()
    add_comment(commenter, idea, f"Comment {payload}")
    [email] = mail.outbox
    assert email.to == [author.user.email]
    assert "Sky" in email.body
    assert_safe_text(email.subject, "email subject")
    assert_safe_text(email.body, "email body")
    assert not email.alternatives  # plain text only: nothing for a mail client to run
