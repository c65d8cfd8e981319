"""Sign-up and login pages: the right autocomplete values, paste allowed, and bad input
shown the GOV.UK way without losing what was typed."""

import re

import pytest

from members_area.models import Member

pytestmark = pytest.mark.postgres


def input_tag(html, name):
    match = re.search(rf'<(input|textarea)[^>]*name="{name}"[^>]*>', html)
    assert match, name
    return match.group(0)


def test_sign_up_fields_say_what_the_browser_may_fill_in(client, db):
    html = client.get("/accounts/signup/").content.decode()
    expected = {
        "display_name": "nickname",
        "first_name": "given-name",
        "last_name": "family-name",
        "email": "email",
        "password1": "new-password",
    }
    for name, autocomplete in expected.items():
        assert f'autocomplete="{autocomplete}"' in input_tag(html, name)
    assert "placeholder=" not in html
    assert "onpaste" not in html and "<script" not in html and "style=" not in html
    assert 'href="/members/privacy/"' in html


def test_login_fields_say_what_the_browser_may_fill_in(client, db):
    html = client.get("/accounts/login/").content.decode()
    assert 'autocomplete="email"' in input_tag(html, "login")
    assert 'autocomplete="current-password"' in input_tag(html, "password")
    assert "placeholder=" not in html and "onpaste" not in html


def test_sign_up_with_mistakes_explains_and_keeps_what_was_typed(client, db):
    page = client.post(
        "/accounts/signup/",
        {
            "display_name": "Sky",
            "first_name": "",
            "last_name": "Reid",
            "email": "not-an-email",
            "password1": "a-long-test-password-1",
            "preferred_language": "ar",
            "credit": "anonymous",
            "about_renting": "Two years in Govan.",
        },
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert re.search(r"<title>\s*Error:", html)
    assert "There is a problem" in html
    assert 'href="#id_consent"' in html
    assert "Tick the box to say you agree to the privacy notice" in html
    assert 'href="#id_first_name"' in html and 'href="#id_email"' in html
    assert 'value="Sky"' in input_tag(html, "display_name")
    assert 'value="Reid"' in input_tag(html, "last_name")
    assert 'value="not-an-email"' in input_tag(html, "email")
    assert "Two years in Govan." in html
    assert re.search(r'value="ar"[^>]*checked', html)
    assert not Member.objects.exists()


def test_wrong_password_shows_the_error_summary(client, member):
    page = client.post("/accounts/login/", {"login": member.user.email, "password": "nope"})
    html = page.content.decode()
    assert re.search(r"<title>\s*Error:", html)
    assert "There is a problem" in html
    assert f'value="{member.user.email}"' in input_tag(html, "login")


def test_privacy_notice_is_public(client, db):
    page = client.get("/members/privacy/")
    assert page.status_code == 200
    assert "Privacy notice" in page.content.decode()


def test_hints_and_errors_are_tied_to_their_boxes(client, db):
    html = client.post("/accounts/signup/", {"email": "bad"}).content.decode()
    email = input_tag(html, "email")
    assert 'aria-describedby="id_email_helptext id_email_error"' in email
    assert 'id="id_email_helptext"' in html and 'id="id_email_error"' in html
    assert (
        "At least 8 characters" in html
        and "<ul" not in html.split("id_password1_helptext")[1][:200]
    )
