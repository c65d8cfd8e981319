import re

from django.utils import timezone

from policies.models import POLICIES_PER_PAGE, PolicyPage
from tests.factories import TopicFactory, published_policy, translate


def titles_on(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


def test_lists_live_policies_newest_first(client, policy_index):
    older = published_policy(policy_index, title="Older idea")
    newer = published_policy(policy_index, title="Newer idea")
    PolicyPage.objects.filter(pk=older.pk).update(
        first_published_at=timezone.now() - timezone.timedelta(days=3)
    )
    assert titles_on(client, "/en/policies/") == [newer.title, older.title]


def test_cards_show_summary_topics_and_cosigners(client, policy_index):
    policy = published_policy(
        policy_index, summary="Cap the rent.", topics=[TopicFactory(name="Money and rent")]
    )
    PolicyPage.objects.filter(pk=policy.pk).update(cosignature_count=1)
    html = client.get("/en/policies/").content.decode()
    card = html[html.index('<li class="card">') :]
    assert "<p>Cap the rent.</p>" in card
    assert '<li class="tag">Money and rent</li>' in card
    assert "1 co-signer<" in card


def test_topic_filter_is_plain_links(client, policy_index):
    repairs = TopicFactory(name="Repairs", slug="repairs")
    money = TopicFactory(name="Money", slug="money")
    fix = published_policy(policy_index, title="Fix the boiler", topics=[repairs])
    published_policy(policy_index, title="Cap the rent", topics=[money])

    html = client.get("/en/policies/").content.decode()
    assert '<a href="/en/policies/?topic=repairs">Repairs</a>' in html
    assert titles_on(client, "/en/policies/?topic=repairs") == [fix.title]
    filtered = client.get("/en/policies/?topic=repairs").content.decode()
    assert 'href="/en/policies/?topic=repairs" aria-current="page"' in filtered
    assert "1 idea about “Repairs”" in filtered


def test_unknown_topic_shows_everything(client, policy_index):
    published_policy(policy_index, title="Cap the rent")
    assert titles_on(client, "/en/policies/?topic=no-such-topic") == ["Cap the rent"]


def test_twelve_a_page_with_pagination_keeping_the_topic(client, policy_index):
    topic = TopicFactory(slug="rent")
    for _ in range(POLICIES_PER_PAGE + 2):
        published_policy(policy_index, topics=[topic])
    first = titles_on(client, "/en/policies/?topic=rent")
    second = titles_on(client, "/en/policies/?topic=rent&page=2")
    assert len(first) == POLICIES_PER_PAGE
    assert len(second) == 2
    assert not set(first) & set(second)
    html = client.get("/en/policies/?topic=rent").content.decode()
    assert 'href="?topic=rent&amp;page=2" rel="next"' in html


def test_bad_page_numbers_fall_back_to_a_real_page(client, policy_index):
    published_policy(policy_index, title="Cap the rent")
    assert titles_on(client, "/en/policies/?page=abc") == ["Cap the rent"]
    assert titles_on(client, "/en/policies/?page=999") == ["Cap the rent"]


def test_each_language_lists_its_own_policies(client, policy_index):
    english = published_policy(policy_index, title="Cap the rent")
    polish = translate(english, "pl")
    PolicyPage.objects.filter(pk=polish.pk).update(title="Ogranicz czynsze")
    assert titles_on(client, "/en/policies/") == ["Cap the rent"]
    assert titles_on(client, "/pl/policies/") == ["Ogranicz czynsze"]
