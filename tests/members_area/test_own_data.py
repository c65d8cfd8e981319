"""'Download my data' and 'Delete my account'."""

import json
from importlib import import_module

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session

from members_area.data_export import export_section
from members_area.groups import FORUM_MEMBERS
from members_area.models import Member
from tests.factories import PASSWORD, AccountFactory, MemberFactory

from .conftest import give_authenticator, log_in

pytestmark = pytest.mark.postgres


@pytest.fixture
def neighbour(groups):
    return MemberFactory(
        user=AccountFactory(email="neighbour@example.org", first_name="Nina", last_name="Bell"),
        display_name="Nina B",
        about_renting="My landlord is Mr Smith.",
    )


def download(client):
    response = client.get("/members/your-data/download/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="coproduce-my-data.json"'
    assert "no-store" in response["Cache-Control"]
    return response.content.decode(), json.loads(response.content)


def test_download_holds_everything_about_the_member_and_nothing_else(client, member, neighbour):
    member.about_renting = "A flat in Dundee since 2019."
    member.save()
    client.force_login(member.user)
    text, data = download(client)
    assert data["account"]["email"] == member.user.email
    assert data["account"]["first_name"] == member.user.first_name
    assert data["account"]["email_addresses"] == [
        {"email": member.user.email, "confirmed": True, "main": True}
    ]
    assert data["membership"]["name_to_show"] == member.display_name
    assert data["membership"]["about_renting"] == "A flat in Dundee since 2019."
    for theirs in ["neighbour@example.org", "Nina", "Bell", "Mr Smith"]:
        assert theirs not in text


def test_other_apps_add_their_own_sections(client, member, neighbour):
    @export_section("test_notes")
    def notes(m):
        return [f"note by {m.display_name}"]

    try:
        client.force_login(member.user)
        _text, data = download(client)
        assert data["test_notes"] == [f"note by {member.display_name}"]
    finally:
        from members_area import data_export

        del data_export._sections["test_notes"]


def test_delete_page_says_published_ideas_stay_as_a_former_member(client, member):
    client.force_login(member.user)
    html = client.get("/members/your-data/delete/").content.decode()
    assert "a former member" in html
    assert 'autocomplete="current-password"' in html


def test_delete_needs_the_password(client, member):
    client.force_login(member.user)
    page = client.post("/members/your-data/delete/", {"password": "wrong"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "<title>Error:" in html and "There is a problem" in html
    member.refresh_from_db()
    assert member.status == Member.Status.APPROVED


@pytest.mark.parametrize(
    "engine",
    ["django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db"],
)
def test_delete_removes_personal_data_and_every_session(
    client, member, neighbour, engine, settings
):
    # Production keeps sessions in Redis too (cached_db): a cached copy must not survive.
    settings.SESSION_ENGINE = engine
    user = member.user
    give_authenticator(user)
    member.about_renting = "A flat in Dundee."
    member.save()
    phone = client.__class__()
    phone.force_login(user)
    client.force_login(user)
    other_session = phone.session.session_key
    neighbours = client.__class__()
    neighbours.force_login(neighbour.user)
    email = user.email

    response = client.post("/members/your-data/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert response.url == "/members/account-deleted/"

    # Every session of theirs has gone, on every device; the neighbour's stays.
    assert not Session.objects.filter(session_key=other_session).exists()
    assert not import_module(engine).SessionStore().exists(other_session)
    assert "_auth_user_id" not in client.session
    assert phone.get("/members/").status_code == 302
    assert neighbours.get("/members/").status_code == 200

    member.refresh_from_db()
    user = get_user_model().objects.get(pk=user.pk)
    assert member.display_name == "A former member"
    assert member.credit == "anonymous" and member.about_renting == ""
    assert member.status == Member.Status.LEFT
    assert str(member.credit_name()) == "A former member"
    assert (user.email, user.first_name, user.last_name) == ("", "", "")
    assert email not in user.username
    assert not user.is_active and not user.has_usable_password()
    assert not user.groups.filter(name=FORUM_MEMBERS).exists()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not EmailAddress.objects.filter(email__iexact=email).exists()
    assert not Authenticator.objects.filter(user=user).exists()
    assert not get_user_model().objects.filter(email__iexact=email).exists()
    assert log_in(client.__class__(), email).status_code == 200

    goodbye = client.get(response.url)
    assert goodbye.status_code == 200


def test_guessing_the_password_on_the_delete_page_is_limited(client, member):
    client.force_login(member.user)
    for _ in range(10):
        client.post("/members/your-data/delete/", {"password": "wrong"})
    page = client.post("/members/your-data/delete/", {"password": PASSWORD})
    assert "Too many tries" in page.content.decode()
    member.refresh_from_db()
    assert member.status == Member.Status.APPROVED
