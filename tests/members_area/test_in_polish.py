"""A member whose language is Polish uses the whole members' area in Polish: the pages,
the messages from Python, and the emails. The words checked are the catalogue's own,
so an empty or lost translation fails here as well as in the catalogue check."""

import pytest
from django.core import mail

from members_area.membership import approve_member
from members_area.models import Member
from tests.factories import PendingMemberFactory

pytestmark = pytest.mark.postgres


@pytest.fixture
def polish_member(member):
    Member.objects.filter(pk=member.pk).update(preferred_language="pl")
    member.refresh_from_db()
    return member


def test_members_home_is_in_polish(client, polish_member):
    client.force_login(polish_member.user)
    html = client.get("/members/").content.decode()
    assert '<html lang="pl" dir="ltr">' in html
    assert f"Cześć, {polish_member.display_name}" in html
    assert "Zacznij nowy pomysł" in html
    assert "Twoje pomysły" in html
    assert "Pomysły czekające na twój podpis" in html
    assert "Start a new idea" not in html
    assert "Your ideas" not in html


def test_starting_an_idea_is_in_polish_down_to_the_error_messages(client, polish_member):
    client.force_login(polish_member.user)
    html = client.get("/members/ideas/new/").content.decode()
    assert "Twój pomysł w jednym zdaniu" in html
    assert "Zapisz mój pomysł" in html

    html = client.post("/members/ideas/new/", {}).content.decode()
    assert "Jest problem" in html
    assert "Nadaj pomysłowi tytuł" in html
    assert "Give your idea a title" not in html


def test_the_welcome_email_is_in_polish(groups, policy_staff, django_capture_on_commit_callbacks):
    pending = PendingMemberFactory(preferred_language="pl")
    with django_capture_on_commit_callbacks(execute=True):
        approve_member(pending, policy_staff)
    (email,) = mail.outbox
    assert email.subject.strip() == "Witamy na forum najemców"
    assert "Dobra wiadomość: jesteś teraz członkiem forum najemców." in email.body
    assert "Good news" not in email.body
