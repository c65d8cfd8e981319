"""Staff decide on applications in the Wagtail admin, and can sign people up in person."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members_area.groups import FORUM_MEMBERS
from members_area.membership import approve_member, decline_member, register_in_person
from members_area.models import Member
from tests.conftest import skip_to_admin
from tests.factories import AccountFactory, PendingMemberFactory

from .conftest import links_in, log_in

pytestmark = pytest.mark.postgres


def test_approving_adds_the_member_to_the_forum_and_welcomes_them(
    pending, policy_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        approve_member(pending, policy_staff)
    pending.refresh_from_db()
    assert pending.status == Member.Status.APPROVED
    assert pending.reviewed_by == policy_staff
    assert pending.user.groups.filter(name=FORUM_MEMBERS).exists()
    (email,) = mail.outbox
    assert email.to == [pending.user.email]
    assert "Welcome" in email.subject
    assert "http://testserver/members/" in email.body


def test_declining_sends_a_kind_email_and_gives_no_access(
    pending, policy_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        decline_member(pending, policy_staff)
    pending.refresh_from_db()
    assert pending.status == Member.Status.DECLINED
    assert not pending.user.groups.filter(name=FORUM_MEMBERS).exists()
    (email,) = mail.outbox
    assert "Thank you for wanting to join" in email.body
    assert "please reply" in email.body


def test_staff_listing_shows_pending_applications_with_real_names(staff_client, pending):
    page = staff_client.get("/admin/membership/")
    html = page.content.decode()
    assert page.status_code == 200
    assert pending.display_name in html
    assert pending.user.get_full_name() in html
    assert f'action="/admin/membership/{pending.pk}/approve/"' in html
    assert f'action="/admin/membership/{pending.pk}/decline/"' in html


def test_staff_decline_from_the_listing(staff_client, pending, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/admin/membership/{pending.pk}/decline/")
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Member.Status.DECLINED
    assert len(mail.outbox) == 1


def test_decisions_are_never_made_by_a_get(staff_client, pending):
    assert staff_client.get(f"/admin/membership/{pending.pk}/approve/").status_code == 405
    pending.refresh_from_db()
    assert pending.status == Member.Status.PENDING


def test_an_unknown_application_is_404(staff_client, db):
    # Django's LocaleMiddleware first tries the same path under /en/; it is not there either.
    response = staff_client.post("/admin/membership/999999/approve/", follow=True)
    assert response.status_code == 404


def test_members_cannot_decide_on_applications(client, member, pending):
    client.force_login(member.user)
    response = client.post(f"/admin/membership/{pending.pk}/approve/")
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Member.Status.PENDING


def test_the_listing_costs_the_same_queries_for_few_or_many(staff_client, pending):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get("/admin/membership/").status_code == 200
        return len(queries)

    few = count()
    PendingMemberFactory.create_batch(8)
    assert count() == few


def test_staff_sign_someone_up_in_person(
    staff_client, policy_staff, client, groups, django_capture_on_commit_callbacks
):
    form = {
        "display_name": "Bob",
        "first_name": "Robert",
        "last_name": "Gray",
        "email": "bob@example.org",
        "preferred_language": "gd",
        "credit": "anonymous",
        "about_renting": "",
        "consent": "on",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post("/admin/membership/sign-up-in-person/", form)
    assert response.status_code == 302
    member = Member.objects.get(user__email="bob@example.org")
    assert member.status == Member.Status.APPROVED
    assert member.registered_by == policy_staff
    assert member.consented_at is not None
    assert member.user.groups.filter(name=FORUM_MEMBERS).exists()
    assert not member.user.has_usable_password()

    # They choose a password from the emailed link, which also proves the email is theirs.
    (email,) = mail.outbox
    (link,) = [url for url in links_in(email) if "/accounts/password/reset/key/" in url]
    chooser = client.get(link.removeprefix("http://testserver"), follow=True)
    assert chooser.status_code == 200
    action = chooser.context["action_url"]
    new_password = "bobs-own-password-2026"
    done = client.post(action, {"password1": new_password, "password2": new_password})
    assert done.status_code == 302
    assert EmailAddress.objects.get(email="bob@example.org").verified
    assert log_in(client, "bob@example.org", new_password).url == "/members/"


def test_signing_up_in_person_needs_their_agreement(staff_client, db):
    page = staff_client.post(
        "/admin/membership/sign-up-in-person/",
        {
            "display_name": "Bob",
            "first_name": "R",
            "last_name": "G",
            "email": "b@example.org",
            "preferred_language": "en",
            "credit": "first",
        },
    )
    assert page.status_code == 200
    assert "You can only sign someone up if they agreed" in page.content.decode()
    assert not Member.objects.filter(user__email="b@example.org").exists()


def test_register_in_person_records_who_and_when(policy_staff, groups):
    member = register_in_person(
        policy_staff,
        email="c@example.org",
        first_name="C",
        last_name="D",
        display_name="C",
        preferred_language="ur",
        credit="first",
        about_renting="",
    )
    assert member.registered_by == policy_staff
    assert member.reviewed_at == member.consented_at


def test_the_admin_menu_offers_membership_to_staff(staff_client):
    # Wagtail draws its menu from JSON in the page.
    menu = staff_client.get("/admin/").content.decode()
    assert '"label": "Membership", "icon_name": "group"' in menu
    assert '"url": "/admin/membership/"' in menu


def test_the_in_person_form_opens_for_staff_only(staff_client, client, member):
    page = staff_client.get("/admin/membership/sign-up-in-person/")
    assert page.status_code == 200
    assert 'name="consent"' in page.content.decode()
    client.force_login(member.user)
    assert client.get("/admin/membership/sign-up-in-person/").status_code == 302


def test_admin_staff_without_review_rights_are_refused(client, db):
    editor = AccountFactory()
    editor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    skip_to_admin(client, editor)
    # Wagtail turns the refusal into a trip back to the admin home, with a message.
    response = client.get("/admin/membership/")
    assert (response.status_code, response.url) == (302, "/admin/")
