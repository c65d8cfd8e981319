import pytest
from django.core.management import call_command
from django.test import override_settings

from policies import demo_content
from policies.demo_translations import LANGUAGES, POLICIES, TOPICS
from policies.models import PolicyPage, Topic

pytestmark = pytest.mark.postgres


@pytest.fixture
def seeded(db):
    with override_settings(DEBUG=True):
        call_command("seed_demo")


def test_every_demo_idea_is_published_in_every_language_in_real_words(seeded, client):
    for spec in demo_content.POLICIES:
        pages = {
            page.locale.language_code: page
            for page in PolicyPage.objects.live().filter(slug=spec["slug"]).select_related("locale")
        }
        assert set(pages) == {"en", *LANGUAGES}
        for code in LANGUAGES:
            assert pages[code].title == POLICIES[spec["slug"]][code]["title"]
            asks = [block for block in pages[code].body if block.block_type == "asks"][0]
            assert list(asks.value["asks"]) == POLICIES[spec["slug"]][code]["body"]["asks"]
    assert Topic.objects.count() == len(TOPICS) * (1 + len(LANGUAGES))


def test_demo_site_reads_in_arabic_and_chinese(seeded, client):
    arabic = client.get("/ar/policies/cap-rent-rises/").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "أوقفوا الزيادات الكبيرة في الإيجار" in arabic
    assert "ما نطلبه" in arabic  # the interface, from the catalogue
    index = client.get("/zh-hans/policies/?topic=money").content.decode()
    assert "停止大幅涨租" in index
    assert "钱和房租" in index
    assert "Stop big rent rises" not in index
    home = client.get("/pl/").content.decode()
    assert "Uczciwszy wynajem, tworzony przez najemców" in home
    assert "Koniec z wielkimi podwyżkami czynszu" in home
