"""Journey 1: a visitor reads the home page and the policy ideas, filters them by topic,
opens one, follows the language switcher through its Polish and Arabic translations,
searches, on a desktop and on a phone, and follows an old link. Every page on the way
passes the checks in `checks.py`, in English and in Arabic."""

import pytest

from policies import demo_content
from policies.demo_translations import POLICIES as TRANSLATED
from policies.models import PolicyPage

from .checks import follow, visit
from .conftest import DEVICES

pytestmark = pytest.mark.browser

TOPIC = "repairs"
POLICY = next(p for p in demo_content.POLICIES if TOPIC in p["topics"])
TITLES_IN_TOPIC = {p["title"] for p in demo_content.POLICIES if TOPIC in p["topics"]}


def html_language(page):
    return page.evaluate("[document.documentElement.lang, document.documentElement.dir]")


def read_policies(page, language, titles):
    """From a page in `language`: the policy index, one topic, then one policy. Links are
    found by where they go, not by their words."""
    follow(page, page.locator(f'header nav a[href="/{language}/policies/"]'))
    assert page.locator("main .card").count() == len(titles)
    assert set(page.locator("main .card h3").all_inner_texts()) == titles

    follow(page, page.locator(f'.filter a[href$="?topic={TOPIC}"]'))
    assert page.locator(f'.filter a[href$="?topic={TOPIC}"]').get_attribute("aria-current")
    assert page.locator("main .card").count() == len(TITLES_IN_TOPIC)

    follow(page, page.locator("main .card h3 a").first)
    assert page.locator("main h1").count() == 1


def search(page, language, words, expected_title):
    follow(page, page.locator(f'header nav a[href="/{language}/search/"]'))
    page.locator('main input[name="q"]').fill(words)
    follow(page, page.locator("main form.search-form button[type=submit]"))
    assert expected_title in page.locator("main .results").inner_text()


@pytest.mark.parametrize("device", DEVICES)
def test_visitor_reads_switches_to_polish_then_arabic_and_searches(demo_site, open_page, device):
    english = set(
        PolicyPage.objects.live().filter(locale__language_code="en").values_list("title", flat=True)
    )
    page = open_page(device)

    visit(page, "/")
    assert page.url.endswith("/en/")
    assert html_language(page) == ["en", "ltr"]
    assert page.locator("main .card").count() > 0

    read_policies(page, "en", english)
    follow(page, page.locator('header nav a[href="/en/policies/"]'))
    follow(page, page.locator(f'main .card a[href$="/{POLICY["slug"]}/"]'))
    assert page.locator("main h1").inner_text() == POLICY["title"]
    assert page.locator("main section h2").first.inner_text() == POLICY["sections"][0][0]

    # The switcher leads to the same idea in each language, translated.
    for language, direction in (("pl", "ltr"), ("ar", "rtl")):
        follow(page, page.locator(f'.language-switcher a[hreflang="{language}"]'))
        assert page.url.startswith(f"{page.site_url}/{language}/policies/")
        assert html_language(page) == [language, direction]
        assert page.locator("main h1").inner_text() == TRANSLATED[POLICY["slug"]][language]["title"]

    # In Arabic: the translated index, a topic, an idea, and a search.
    arabic = {TRANSLATED[p["slug"]]["ar"]["title"] for p in demo_content.POLICIES}
    follow(page, page.locator('header nav a[href="/ar/policies/"]'))
    assert arabic <= set(page.locator("main .card h3").all_inner_texts())
    follow(page, page.locator(f'.filter a[href$="?topic={TOPIC}"]'))
    follow(page, page.locator("main .card h3 a").first)
    assert html_language(page) == ["ar", "rtl"]
    search(page, "ar", "الإيجار", TRANSLATED["cap-rent-rises"]["ar"]["title"])
    assert html_language(page) == ["ar", "rtl"]

    follow(page, page.locator('.language-switcher a[hreflang="en"]'))
    search(page, "en", "rent", "Stop big rent rises")

    for language in ("ar", "en"):
        visit(page, f"/{language}/policies/an-idea-that-moved/", status=404)
        assert html_language(page)[0] == language
        follow(page, page.locator(f'main a[href="/{language}/policies/"]'))
