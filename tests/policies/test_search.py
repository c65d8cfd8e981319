import re

import pytest

from policies.views import RESULTS_PER_PAGE
from tests.factories import publish, published_policy, translate

pytestmark = pytest.mark.postgres


def result_titles(response):
    assert response.status_code == 200
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


@pytest.fixture
def policies(policy_index):
    return [
        published_policy(
            policy_index,
            title="Stop big rent rises",
            summary="Rent should not go up by more than inflation in one year.",
        ),
        published_policy(
            policy_index,
            title="Get repairs done on time",
            summary="Landlords should fix broken boilers quickly.",
        ),
    ]


def test_finds_policies_by_words_in_the_title_and_summary(client, policies):
    assert result_titles(client.get("/en/search/?q=repairs")) == ["Get repairs done on time"]
    # Full-text search matches other forms of a word: "boiler" finds "boilers".
    assert result_titles(client.get("/en/search/?q=boiler")) == ["Get repairs done on time"]
    assert result_titles(client.get("/en/search/?q=inflation")) == ["Stop big rent rises"]


def test_results_show_title_summary_and_link(client, policies):
    html = client.get("/en/search/?q=inflation").content.decode()
    assert f'<a href="{policies[0].url}">Stop big rent rises</a>' in html
    assert "Rent should not go up by more than inflation in one year." in html
    assert "1 idea found" in html
    assert "<title>Search results for “inflation” – Coproduce</title>" in html


def test_a_search_that_finds_nothing_says_what_to_try(client, policies):
    response = client.get("/en/search/?q=xqzvbnm")
    html = response.content.decode()
    assert result_titles(response) == []
    assert "No ideas match “xqzvbnm”" in html
    assert "check the spelling" in html
    assert 'href="/en/policies/"' in html


@pytest.mark.parametrize("query", ["!!!", "&|:*", "the", "'"])
def test_punctuation_and_little_words_do_not_break_search(client, policies, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert result_titles(response) == []


def test_arriving_without_a_search_explains_what_to_do(client, policies):
    html = client.get("/en/search/").content.decode()
    assert "Type what you are looking for" in html
    assert "There is a problem" not in html


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_search_gets_a_clear_message(client, policies, query):
    html = client.get("/en/search/", {"q": query}).content.decode()
    assert "<title>Error: Search – Coproduce</title>" in html
    assert "There is a problem" in html
    assert 'href="#id_q">Type a word to search for, like “rent”.</a>' in html


def test_a_too_long_search_keeps_what_was_typed(client, policies):
    query = "rent " * 60
    html = client.get("/en/search/", {"q": query}).content.decode()
    assert "<title>Error: Search – Coproduce</title>" in html
    assert "200 letters at most" in html
    assert f'value="{query}"' in html


def test_only_searches_the_current_language(client, policies):
    polish = translate(policies[0], "pl")
    polish.title = "Zatrzymać podwyżki czynszu"
    polish.summary = "Czynsz nie powinien rosnąć szybciej niż inflacja."
    publish(polish)
    assert result_titles(client.get("/pl/search/?q=inflacja")) == ["Zatrzymać podwyżki czynszu"]
    assert result_titles(client.get("/en/search/?q=inflacja")) == []
    assert result_titles(client.get("/pl/search/?q=inflation")) == []


def test_results_are_paginated_keeping_the_query(client, policy_index):
    for n in range(RESULTS_PER_PAGE + 3):
        published_policy(policy_index, title=f"Deposit idea {n}", summary="Deposits back fast.")
    first = result_titles(client.get("/en/search/?q=deposit"))
    second = result_titles(client.get("/en/search/?q=deposit&page=2"))
    assert len(first) == RESULTS_PER_PAGE
    assert len(second) == 3
    assert not set(first) & set(second)
    html = client.get("/en/search/?q=deposit").content.decode()
    assert 'href="?q=deposit&amp;page=2" rel="next"' in html
