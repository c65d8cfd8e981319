"""A newcomer's whole way in: sign up, confirm the email, get approved, use the forum in
their own language."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from members_area.groups import FORUM_MEMBERS
from members_area.models import Member

from .conftest import links_in, log_in

pytestmark = pytest.mark.postgres

SIGN_UP = {
    "display_name": "Gosia",
    "first_name": "Małgorzata",
    "last_name": "Kowalska",
    "email": "gosia@example.org",
    "password1": "a-long-test-password-1",
    "preferred_language": "pl",
    "credit": "first",
    "about_renting": "I rent a flat in Leith.",
    "consent": "on",
}


def test_newcomer_signs_up_confirms_is_approved_and_uses_the_forum_in_polish(
    client, staff_client, groups, django_capture_on_commit_callbacks
):
    newcomer = client.__class__()

    response = newcomer.post("/accounts/signup/", SIGN_UP)
    assert response.status_code == 302
    assert response.url == "/accounts/confirm-email/"
    member = Member.objects.get(user__email="gosia@example.org")
    assert member.status == Member.Status.PENDING
    assert member.display_name == "Gosia"
    assert member.user.get_full_name() == "Małgorzata Kowalska"
    assert member.preferred_language == "pl"
    assert member.consented_at is not None

    # The email, read back from the outbox; opening its link changes nothing...
    (confirmation,) = mail.outbox
    assert confirmation.to == ["gosia@example.org"]
    (link,) = [url for url in links_in(confirmation) if "/accounts/confirm-email/" in url]
    path = link.removeprefix("http://testserver")
    page = newcomer.get(path)
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert not EmailAddress.objects.get(email="gosia@example.org").verified
    # ...pressing the button on the page confirms it.
    assert newcomer.post(path).status_code == 302
    assert EmailAddress.objects.get(email="gosia@example.org").verified

    # Before approval: in, able to read, shown the wait.
    assert log_in(newcomer, "gosia@example.org", SIGN_UP["password1"]).status_code == 302
    waiting = newcomer.get("/members/")
    assert waiting.status_code == 200
    assert waiting.context["can_take_part"] is False

    # A staff member approves the application from the admin listing.
    listing = staff_client.get("/admin/membership/")
    assert "Małgorzata Kowalska" in listing.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        decided = staff_client.post(f"/admin/membership/{member.pk}/approve/")
    assert decided.status_code == 302
    member.refresh_from_db()
    assert member.status == Member.Status.APPROVED
    assert member.user.groups.filter(name=FORUM_MEMBERS).exists()
    (welcome,) = mail.outbox
    assert welcome.to == ["gosia@example.org"]

    # The members' area, in Polish.
    home = newcomer.get("/members/")
    assert home.status_code == 200
    assert home.context["can_take_part"] is True
    assert home["Content-Language"] == "pl"
    assert '<html lang="pl" dir="ltr">' in home.content.decode()
    assert "no-store" in home["Cache-Control"]


def test_confirmation_email_is_in_plain_words_and_a_get_changes_nothing(client, db):
    client.post("/accounts/signup/", SIGN_UP)
    (email,) = mail.outbox
    # Gosia chose Polish when she signed up, so the email is in Polish.
    assert email.subject == "Coproduce: Potwierdź swój adres e-mail"
    assert "naciśnij przycisk na stronie" in email.body
    (link,) = [url for url in links_in(email) if "/accounts/confirm-email/" in url]
    for _ in range(3):
        client.get(link.removeprefix("http://testserver"))
    assert not EmailAddress.objects.get(email="gosia@example.org").verified
    assert log_in(client, "gosia@example.org", SIGN_UP["password1"]).url == (
        "/accounts/confirm-email/"
    )
