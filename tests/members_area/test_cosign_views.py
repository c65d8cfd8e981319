import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members_area.models import Member
from policies.cosigning import cosign
from policies.models import CoSignature, PolicyPage
from policies.stages import stages_of
from policies.workflow import active_workflow_state, submit_for_cosigning, withdraw_from_workflow
from tests.factories import MemberFactory, UserFactory, shared_idea

pytestmark = pytest.mark.django_db


def fresh(page):
    return PolicyPage.objects.get(pk=page.pk)


def url(name, page):
    return reverse(f"members_area:{name}", args=[page.pk])


@pytest.fixture
def submitted(idea, author):
    submit_for_cosigning(idea, author.user)
    return fresh(idea)


def logged_in(client, user):
    client.force_login(user)
    return client


FORM = {"statement": "My flat is damp too.", "credit": "first"}


def test_a_member_sees_the_form_and_cosigns(client, submitted):
    member = MemberFactory()
    response = logged_in(client, member.user).get(url("cosign", submitted))
    assert response.status_code == 200
    assert b"Why I support this" in response.content
    assert "0 of 5 co-signatures" in response.content.decode()
    assert not CoSignature.objects.exists()

    response = client.post(url("cosign", submitted), FORM, follow=True)
    assert CoSignature.objects.get().member == member
    page = response.content.decode()
    assert "You have co-signed this idea" in page
    assert "1 of 5 co-signatures" in page
    assert "Collecting co-signatures (1 of 5)" in page


def test_get_on_every_cosigning_url_changes_nothing(client, submitted, author):
    member = MemberFactory()
    cosign(member, submitted)
    logged_in(client, member.user)
    for name in ("cosign", "cosign_confirm", "cosign_withdraw", "idea_submit", "idea_take_back"):
        assert client.get(url(name, submitted)).status_code in (200, 302)
    logged_in(client, author.user)
    for name in ("idea_submit", "idea_take_back"):
        assert client.get(url(name, submitted)).status_code == 302
    assert CoSignature.objects.count() == 1
    assert fresh(submitted).cosignature_count == 1
    assert active_workflow_state(submitted) is not None


def test_cosigning_needs_the_csrf_token(submitted):
    member = MemberFactory()
    client = logged_in(Client(enforce_csrf_checks=True), member.user)
    assert client.post(url("cosign", submitted), FORM).status_code == 403
    assert not CoSignature.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, submitted):
    response = client.post(url("cosign", submitted), FORM)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert not CoSignature.objects.exists()


@pytest.mark.parametrize(
    "make_user",
    [
        lambda author: MemberFactory(status=Member.Status.PENDING).user,
        lambda author: MemberFactory(status=Member.Status.DECLINED).user,
        lambda author: UserFactory(),
        lambda author: author.user,
    ],
    ids=["pending member", "declined member", "not a member", "author"],
)
def test_who_cannot_cosign(client, submitted, author, make_user):
    response = logged_in(client, make_user(author)).post(url("cosign", submitted), FORM)
    # Only approved members read shared ideas: for anyone else the idea is not there (404);
    # its author sees it but may not co-sign it (403).
    assert response.status_code == (403 if make_user(author) == author.user else 404)
    assert not CoSignature.objects.exists()


def test_nobody_cosigns_outside_the_cosigning_step(client, idea, author):
    logged_in(client, MemberFactory().user)
    assert client.post(url("cosign", idea), FORM).status_code == 403
    submit_for_cosigning(idea, author.user)
    withdraw_from_workflow(fresh(idea), author.user)
    assert client.post(url("cosign", idea), FORM).status_code == 403
    assert not CoSignature.objects.exists()


def test_a_too_long_statement_is_shown_with_the_error_and_kept(client, submitted):
    logged_in(client, MemberFactory().user)
    text = "word " * 200
    response = client.post(url("cosign", submitted), {"statement": text, "credit": "first"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "<title>Error:" in page
    assert text.strip() in page
    assert not CoSignature.objects.exists()


def test_authors_send_take_back_and_resend(client, idea, author):
    logged_in(client, author.user)
    assert "Send for co-signing" in client.get(url("cosign", idea)).content.decode()
    client.post(url("idea_submit", idea))
    assert active_workflow_state(idea).status == "in_progress"
    client.post(url("idea_take_back", idea))
    assert active_workflow_state(idea) is None
    client.post(url("idea_submit", idea))
    assert active_workflow_state(idea).status == "in_progress"


def test_other_members_cannot_send_or_take_back(client, idea, author):
    logged_in(client, MemberFactory().user)
    assert client.post(url("idea_submit", idea)).status_code == 403
    assert active_workflow_state(idea) is None


def test_authors_see_the_changes_asked_for_and_cosigners_confirm(
    client, submitted, author, policy_officer
):
    supporter = MemberFactory(display_name="Supporter")
    cosign(supporter, submitted)
    task_state = active_workflow_state(submitted).current_task_state
    task_state.task.specific.on_action(
        task_state, policy_officer, "reject", comment="Add what it would cost."
    )
    page = logged_in(client, author.user).get(url("cosign", submitted)).content.decode()
    assert "The policy team asked for changes:" in page
    assert "Add what it would cost." in page
    assert "Send it again" in page

    changed = fresh(submitted)
    changed.summary = "It would cost the council nothing."
    changed.save_revision(user=author.user)
    client.post(url("idea_submit", submitted))
    page = logged_in(client, supporter.user).get(url("cosign", submitted)).content.decode()
    assert "supported an earlier version" in page
    client.post(url("cosign_confirm", submitted))
    assert fresh(submitted).cosignature_count == 1
    page = client.get(url("cosign", submitted)).content.decode()
    assert "supported an earlier version" not in page
    assert "You have co-signed this idea" in page


def test_a_cosigner_takes_back_their_cosignature(client, submitted):
    member = MemberFactory()
    cosign(member, submitted)
    logged_in(client, member.user).post(url("cosign_withdraw", submitted))
    assert not CoSignature.objects.exists()
    assert fresh(submitted).cosignature_count == 0


def count_queries(client, page_url):
    client.get(page_url)  # warm the per-process caches (site root paths), as a live site has
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page_url).status_code == 200
    return len(queries)


def test_the_cosign_page_costs_the_same_queries_however_many_cosigned(client, submitted):
    viewer = MemberFactory()
    logged_in(client, viewer.user)
    for _ in range(2):
        cosign(MemberFactory(), fresh(submitted))
    few = count_queries(client, url("cosign", submitted))
    for _ in range(2):
        cosign(MemberFactory(), fresh(submitted))
    more = count_queries(client, url("cosign", submitted))
    assert few == more


def test_stages_of_many_ideas_cost_the_same_queries(policy_index, workflow, author):
    ideas = [shared_idea(policy_index, MemberFactory()) for _ in range(6)]
    for page in ideas[:3]:
        submit_for_cosigning(page, page.authorships.get().member.user)
    pages = list(PolicyPage.objects.filter(pk__in=[p.pk for p in ideas]))
    with CaptureQueriesContext(connection) as two:
        stages_of(pages[:2])
    with CaptureQueriesContext(connection) as six:
        stages = stages_of(pages)
    assert len(two) == len(six) <= 3
    assert sorted(s.key for s in stages.values()) == ["cosigning"] * 3 + ["shared"] * 3


def test_the_waiting_ideas_list_shows_count_and_earlier_support(rf, submitted):
    from django.template.loader import render_to_string

    from members_area.home_lists import ideas_to_cosign

    member = MemberFactory()
    cosign(MemberFactory(), submitted)
    html = render_to_string(
        "members_area/includes/ideas_to_cosign.html", {"ideas": ideas_to_cosign(member)}
    )
    assert submitted.title in html
    assert "1 of 5 co-signatures" in html
    assert url("cosign", submitted) in html


def test_the_idea_page_shows_its_stage_and_leads_to_co_signing(client, submitted):
    reader = MemberFactory()
    html = logged_in(client, reader.user).get(f"/members/ideas/{submitted.pk}/").content.decode()
    assert "Collecting co-signatures (0 of 5)" in html
    assert url("cosign", submitted) in html


def test_an_unpublished_idea_points_to_no_public_address(client, submitted):
    # The page's own address is the canonical one: the draft's future public address is not
    # public yet, and its slug is the authors' business until they publish.
    html = logged_in(client, MemberFactory().user).get(url("cosign", submitted)).content.decode()
    here = f"http://testserver{url('cosign', submitted)}"
    assert f'<link rel="canonical" href="{here}">' in html
    assert submitted.slug not in html


def test_cosigning_twice_says_so_and_counts_once(client, submitted):
    member = MemberFactory()
    logged_in(client, member.user).post(url("cosign", submitted), FORM)
    response = client.post(url("cosign", submitted), FORM, follow=True)
    assert "You have already co-signed this idea." in response.content.decode()
    assert fresh(submitted).cosignature_count == 1
    assert CoSignature.objects.filter(page=submitted, member=member).count() == 1


def test_member_text_keeps_its_own_direction_on_a_right_to_left_page(client, submitted):
    # An English idea read in Arabic: without isolation the full stop jumps to the start.
    cosign(MemberFactory(display_name="Piotr"), submitted, statement="I agree.")
    reader = MemberFactory(preferred_language="ar")
    html = logged_in(client, reader.user).get(url("cosign", submitted)).content.decode()
    assert 'dir="rtl"' in html
    assert f'<h1 dir="auto">{submitted.title}</h1>' in html
    assert f'<p class="lede" dir="auto">{submitted.summary}</p>' in html
    assert "<strong><bdi>Piotr</bdi></strong>: <bdi>I agree.</bdi>" in html
