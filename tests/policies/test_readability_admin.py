import pytest
from django.core.cache import cache
from django.template.loader import render_to_string

from members_area.demo import seed_groups
from members_area.groups import COMMUNICATIONS
from tests.conftest import skip_to_admin
from tests.factories import JargonTermFactory, PolicyPageFactory, UserFactory, section

HARD = (
    "<p>We will facilitate the process of change in a meaningful co-productive manner, in "
    "accordance with the aforementioned strategic framework, for stakeholders in receipt of "
    "benefits.</p>"
)
PLAIN = "<p>Rents went up too fast. We want a cap on rent rises. Homes must be warm.</p>"


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def hard_page(policy_index):
    JargonTermFactory(term="facilitate", alternative="help")
    return PolicyPageFactory(
        parent=policy_index,
        summary="Rent should be fair.",
        body=[
            section("What is wrong", PLAIN),
            section("What we want", HARD + HARD),
            section("How it would work", HARD + HARD),
        ],
    )


def edit_view(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_staff_see_the_score_of_each_section_and_the_whole_page(client, hard_page):
    skip_to_admin(client, UserFactory(is_superuser=True, is_staff=True))
    html = edit_view(client, hard_page)
    assert "Plain words" in html  # the tab
    assert "How easy is it to read?" in html
    assert "data-readability-panel" in html
    assert "What is wrong" in html and "What we want" in html and "Whole page" in html
    assert "Easy to read" in html and "Hard to read" in html
    assert "facilitate → help" in html
    assert "26 words" in html  # the longest sentence of the hard section
    assert "above our target of 40" in html


def test_communications_see_that_a_page_is_above_target_where_they_review_it(
    client, hard_page, policy_index
):
    groups = seed_groups(policy_index)
    skip_to_admin(client, UserFactory(groups=[groups[COMMUNICATIONS]]))
    html = edit_view(client, hard_page)
    assert "Hard to read: this page scores LIX" in html
    assert "decide whether to publish" in html


def test_no_warning_for_a_plain_page(client, policy_index):
    page = PolicyPageFactory(parent=policy_index, body=[section("What is wrong", PLAIN)])
    skip_to_admin(client, UserFactory(is_superuser=True, is_staff=True))
    html = edit_view(client, page)
    assert "How easy is it to read?" in html
    assert "Hard to read: this page scores LIX" not in html
    assert "above our target" not in html


def test_the_panel_scores_the_page_once_with_the_jargon_list_fetched_once(
    client, hard_page, django_assert_max_num_queries
):
    from policies.readability import score_policy_page

    with django_assert_max_num_queries(1):
        first = score_policy_page(hard_page)
        assert score_policy_page(hard_page) is first
    assert [score.band for _heading, score in first["sections"]] == ["easy", "hard", "hard"]
    assert first["page"].words > first["sections"][1][1].words
    assert first["page"].above_target


def test_the_drafting_note_names_band_longest_sentence_and_jargon(db, rf):
    JargonTermFactory(term="facilitate", alternative="help")
    html = render_to_string(
        "policies/includes/readability_note.html",
        {"text": HARD, "language": "en", "note_id": "section-1-note"},
    )
    assert 'id="section-1-note"' in html and 'aria-live="polite"' in html
    assert 'data-readability-url="/members/ideas/readability/"' in html
    assert "Hard to read." in html
    assert "Your longest sentence has 26 words" in html
    assert "“help” for “facilitate”" in html
    assert "You can still save." in html
    plain = render_to_string("policies/includes/readability_note.html", {"text": PLAIN})
    assert "Easy to read." in plain and "You can still save." not in plain
    empty = render_to_string("policies/includes/readability_note.html", {"text": ""})
    assert "to read" not in empty


def test_the_panel_shows_on_a_new_page_with_nothing_to_score(client, policy_index):
    skip_to_admin(client, UserFactory(is_superuser=True, is_staff=True))
    response = client.get(f"/admin/pages/add/policies/policypage/{policy_index.pk}/")
    assert response.status_code == 200
    assert "Nothing to score yet." in response.content.decode()
