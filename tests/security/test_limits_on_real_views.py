"""The named limits and the honeypot on the members' area's own views and forms: the
attempt after the limit gets the friendly 429 and does nothing; a filled-in trap saves
nothing."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from policies.draft_models import Comment, CommentReport, Suggestion
from policies.drafting import share_with_forum
from policies.models import CoSignature, PolicyPage
from policies.workflow import submit_for_cosigning
from tests.factories import MemberFactory, draft_by

from .test_ratelimits import assert_friendly_429

pytestmark = pytest.mark.django_db


def rates(**limits):
    return override_settings(RATE_LIMITS={**settings.RATE_LIMITS, **limits})


def members_url(name, *args):
    return reverse(f"members_area:{name}", args=args)


@pytest.fixture
def shared(policy_index):
    page = draft_by(MemberFactory(), policy_index)
    share_with_forum(page)
    return page


@pytest.fixture
def commenter(client):
    member = MemberFactory()
    client.force_login(member.user)
    return member


@rates(comment={"user_or_ip": "3/h", "ip": "100/h"})
def test_the_comment_after_the_limit_gets_429(client, shared, commenter):
    url = members_url("add_comment", shared.pk)
    for n in range(3):
        assert client.post(url, {"text": f"Point {n}"}).status_code == 302
    assert_friendly_429(client.post(url, {"text": "One more"}))
    assert Comment.objects.filter(page=shared).count() == 3


@rates(suggest={"user_or_ip": "2/h", "ip": "100/h"})
def test_the_suggestion_after_the_limit_gets_429(client, shared, commenter):
    block_id = shared.get_latest_revision_as_object().body[0].id
    url = members_url("suggest", shared.pk, block_id)
    for n in range(2):
        assert client.post(url, {"text": f"Better words {n}"}).status_code == 302
    assert_friendly_429(client.post(url, {"text": "Even better words"}))
    assert Suggestion.objects.filter(page=shared).count() == 2


@rates(report={"user_or_ip": "2/h", "ip": "100/h"})
def test_the_report_after_the_limit_gets_429(client, shared, commenter):
    from policies.comments import add_comment

    comments = [add_comment(MemberFactory(), shared, f"Comment {n}") for n in range(3)]
    for comment in comments[:2]:
        response = client.post(members_url("report_comment", comment.pk), {"reason": "rude"})
        assert response.status_code == 302
    response = client.post(members_url("report_comment", comments[2].pk), {"reason": "rude"})
    assert_friendly_429(response)
    assert CommentReport.objects.count() == 2


@rates(cosign={"user_or_ip": "20/h", "ip": "3/h"})
def test_a_flood_of_cosigns_through_the_real_view_is_refused_and_not_counted(client, idea, author):
    submit_for_cosigning(idea, author.user)
    url = members_url("cosign", idea.pk)
    statuses = []
    for _ in range(5):
        client.force_login(MemberFactory().user)
        form = {"statement": "Me too", "credit": "first"}
        statuses.append(client.post(url, form, REMOTE_ADDR="10.2.2.2").status_code)
    assert statuses == [302] * 3 + [429] * 2
    assert CoSignature.objects.filter(page=idea).count() == 3
    assert PolicyPage.objects.get(pk=idea.pk).cosignature_count == 3


@rates(cosign={"user_or_ip": "2/h", "ip": "100/h"})
def test_reading_the_cosign_page_is_never_counted(client, idea, author):
    submit_for_cosigning(idea, author.user)
    client.force_login(MemberFactory().user)
    for _ in range(4):
        assert client.get(members_url("cosign", idea.pk)).status_code == 200


def test_a_filled_in_trap_on_the_comment_form_saves_nothing(client, shared, commenter):
    url = members_url("add_comment", shared.pk)
    draft_page = client.get(members_url("draft", shared.pk)).content.decode()
    assert 'class="field honeypot"' in draft_page and 'name="website"' in draft_page
    response = client.post(url, {"text": "Cheap pills", "website": "http://spam.example"})
    assert response.status_code == 200
    assert "Sorry, we could not send this" in response.content.decode()
    assert 'name="website"' in response.content.decode()
    assert not Comment.objects.exists()
    assert client.post(url, {"text": "A real point", "website": ""}).status_code == 302


SIGNUP = {
    "display_name": "Robo",
    "first_name": "Robo",
    "last_name": "Bot",
    "email": "robo@example.org",
    "password1": "a-long-test-password-1",
    "preferred_language": "en",
    "credit": "first",
    "about_renting": "",
    "consent": "on",
}


def test_a_filled_in_trap_on_sign_up_makes_no_account(client, home):
    page = client.get("/accounts/signup/").content.decode()
    assert 'class="field honeypot"' in page and 'name="website"' in page
    response = client.post("/accounts/signup/", {**SIGNUP, "website": "http://spam.example"})
    assert response.status_code == 200
    assert "Sorry, we could not send this" in response.content.decode()
    assert not get_user_model().objects.filter(email="robo@example.org").exists()
    response = client.post("/accounts/signup/", {**SIGNUP, "website": ""})
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="robo@example.org").exists()
