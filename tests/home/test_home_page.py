import re

from django.utils import timezone

from home.models import FEATURED_BY_DEFAULT, LATEST_POLICIES_ON_HOME
from policies.models import PolicyPage
from tests.factories import TopicFactory, draft_policy, publish, published_policy


def section_titles(html, heading_id):
    """The policy titles listed in the <section> headed by `heading_id`."""
    start = html.index(f'id="{heading_id}"')
    part = html[start : html.index("</section>", start)]
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', part)


def policies_published_in_order(index, count):
    policies = [published_policy(index, title=f"Idea {n}") for n in range(count)]
    now = timezone.now()
    for age, policy in enumerate(reversed(policies)):
        PolicyPage.objects.filter(pk=policy.pk).update(
            first_published_at=now - timezone.timedelta(days=age)
        )
    return policies  # oldest first


def test_home_shows_welcome_how_to_join_and_the_way_in(client, home, policy_index):
    home.how_to_join = "Come to a meeting in Leith."
    publish(home)
    html = client.get("/en/").content.decode()
    assert "Renters writing ideas together." in html
    assert "Come to a meeting in Leith." in html
    assert '<a class="button" href="/members/">Join or sign in</a>' in html
    assert 'href="/en/policies/">See all policy ideas</a>' in html
    assert 'action="/en/search/"' in html


def test_without_a_choice_the_newest_are_featured_and_the_next_are_latest(
    client, home, policy_index
):
    policies = policies_published_in_order(policy_index, 12)
    newest_first = [p.title for p in reversed(policies)]
    html = client.get("/en/").content.decode()
    assert section_titles(html, "featured-title") == newest_first[:FEATURED_BY_DEFAULT]
    assert (
        section_titles(html, "latest-title")
        == newest_first[FEATURED_BY_DEFAULT : FEATURED_BY_DEFAULT + LATEST_POLICIES_ON_HOME]
    )


def test_staff_choose_the_featured_policies(client, home, policy_index):
    policies = policies_published_in_order(policy_index, 4)
    oldest = policies[0]
    home.featured_policies.set([oldest])
    publish(home)
    html = client.get("/en/").content.decode()
    assert section_titles(html, "featured-title") == [oldest.title]
    assert oldest.title not in section_titles(html, "latest-title")
    assert len(section_titles(html, "latest-title")) == 3


def test_a_chosen_policy_that_is_no_longer_live_is_not_featured(client, home, policy_index):
    chosen = published_policy(policy_index, title="Taken down")
    published_policy(policy_index, title="Still live")
    home.featured_policies.set([chosen])
    publish(home)
    chosen.unpublish()
    html = client.get("/en/").content.decode()
    assert "Taken down" not in html
    assert section_titles(html, "featured-title") == ["Still live"]


def test_cards_show_topics(client, home, policy_index):
    published_policy(policy_index, topics=[TopicFactory(name="Repairs")])
    draft_policy(policy_index, title="Not yet")
    html = client.get("/en/").content.decode()
    assert '<li class="tag">Repairs</li>' in html
    assert "Not yet" not in html


def test_home_has_meta_description_and_open_graph(client, home):
    html = client.get("/en/").content.decode()
    assert '<meta name="description" content="Renters writing ideas together.">' in html
    assert '<meta property="og:title" content="Welcome">' in html
    assert '<meta property="og:type" content="website">' in html
    assert '<meta property="og:url" content="http://testserver/en/">' in html
