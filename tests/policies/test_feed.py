import xml.etree.ElementTree as ET

from django.utils import timezone

from policies.feeds import FEED_LENGTH
from policies.models import PolicyPage
from tests.factories import TopicFactory, published_policy, translate

ATOM = "{http://www.w3.org/2005/Atom}"


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


def entries(feed):
    return feed.findall(f"{ATOM}entry")


def test_feed_is_atom_with_the_required_elements(client, policy_index):
    published_policy(
        policy_index,
        title="Fix it fast",
        summary="Repairs <on> time & safe.",
        topics=[TopicFactory(name="Repairs")],
    )
    feed = atom(client, "/en/policies/feed/")
    # RFC 4287: a feed has an id, a title, an updated date and an author (here, the site).
    for element in ["id", "title", "updated", "author/" + ATOM + "name"]:
        assert feed.find(ATOM + element) is not None, element
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    self_link = feed.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == "http://testserver/en/policies/feed/"

    [entry] = entries(feed)
    assert entry.find(f"{ATOM}title").text == "Fix it fast"
    assert entry.find(f"{ATOM}id").text
    assert entry.find(f"{ATOM}updated").text
    assert entry.find(f"{ATOM}published").text
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert summary.text == "Repairs &lt;on&gt; time &amp; safe."
    assert entry.find(f"{ATOM}category").get("term") == "Repairs"


def test_feed_lists_live_policies_newest_first_with_links(client, policy_index):
    older = published_policy(policy_index, title="Older")
    newer = published_policy(policy_index, title="Newer")
    PolicyPage.objects.filter(pk=older.pk).update(
        first_published_at=timezone.now() - timezone.timedelta(days=2)
    )
    feed = atom(client, "/en/policies/feed/")
    assert [e.find(f"{ATOM}title").text for e in entries(feed)] == ["Newer", "Older"]
    links = [e.find(f"{ATOM}link").get("href") for e in entries(feed)]
    assert links == [f"http://testserver{newer.url}", f"http://testserver{older.url}"]


def test_feed_holds_the_latest_few(client, policy_index):
    for _ in range(FEED_LENGTH + 1):
        published_policy(policy_index)
    assert len(entries(atom(client, "/en/policies/feed/"))) == FEED_LENGTH


def test_each_language_has_its_own_feed(client, policy_index):
    english = published_policy(policy_index, title="Cap the rent")
    polish = translate(english, "pl")
    PolicyPage.objects.filter(pk=polish.pk).update(title="Ogranicz czynsze")
    feed = atom(client, "/pl/policies/feed/")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "pl"
    assert [e.find(f"{ATOM}title").text for e in entries(feed)] == ["Ogranicz czynsze"]
    english_feed = atom(client, "/en/policies/feed/")
    assert [e.find(f"{ATOM}title").text for e in entries(english_feed)] == ["Cap the rent"]


def test_pages_point_feed_readers_at_the_feed(client, policy_index):
    html = client.get("/en/policies/").content.decode()
    assert '<link rel="alternate" type="application/atom+xml" href="/en/policies/feed/"' in html
