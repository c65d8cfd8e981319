"""A reader asks for a comment in their own language: machine-translated for them only,
clearly labelled, and never stored."""

import pytest

from policies.comments import add_comment
from policies.draft_models import Comment
from tests.factories import MemberFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def polish_comment(idea):
    writer = MemberFactory(preferred_language="pl", display_name="Piotr")
    return add_comment(writer, idea, "Czynsz rośnie za szybko")


def test_a_comment_in_another_language_offers_a_translation(client, idea, polish_comment):
    reader = MemberFactory(preferred_language="en")
    client.force_login(reader.user)
    page = client.get(f"/members/ideas/{idea.pk}/").content.decode()
    assert f"/members/comments/{polish_comment.pk}/translate/" in page
    assert 'lang="pl" dir="auto">Czynsz rośnie za szybko' in page


def test_the_translation_is_labelled_shown_once_and_not_stored(client, idea, polish_comment):
    reader = MemberFactory(preferred_language="en")
    client.force_login(reader.user)
    page = client.post(f"/members/comments/{polish_comment.pk}/translate/").content.decode()
    # The dummy machine translator (used in tests) reverses the words.
    assert "szybko za rośnie Czynsz" in page
    assert "A computer made this translation" in page
    assert "Czynsz rośnie za szybko" in page
    assert Comment.objects.get(pk=polish_comment.pk).text == "Czynsz rośnie za szybko"


def test_a_get_translates_nothing(client, idea, polish_comment):
    client.force_login(MemberFactory().user)
    assert client.get(f"/members/comments/{polish_comment.pk}/translate/").status_code == 405


def test_a_staff_only_comment_cannot_be_translated_by_other_members(client, idea):
    writer = MemberFactory(preferred_language="pl")
    private = add_comment(writer, idea, "Tylko dla personelu", staff_only=True)
    client.force_login(MemberFactory().user)
    response = client.post(f"/members/comments/{private.pk}/translate/")
    assert response.status_code == 404
    assert "personelu" not in response.content.decode()
