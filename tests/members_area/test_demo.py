import pytest
from django.core.management import call_command
from django.test import override_settings

from members_area.demo import DEMO_PASSWORD, DEMO_TOTP_SECRET

from .conftest import log_in, totp_code

pytestmark = pytest.mark.postgres


@override_settings(DEBUG=True)
def test_demo_staff_log_in_with_the_demo_authenticator_key(client, db):
    call_command("seed_demo")
    assert log_in(client, "policy@coproduce.example", DEMO_PASSWORD).url == (
        "/accounts/2fa/authenticate/"
    )
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(DEMO_TOTP_SECRET)})
    assert client.get("/admin/").status_code == 200


@override_settings(DEBUG=True)
def test_demo_members_log_in_with_the_password_alone(client, db):
    call_command("seed_demo")
    assert log_in(client, "piotr@coproduce.example", DEMO_PASSWORD).url == "/members/"
    assert client.get("/members/")["Content-Language"] == "pl"


@override_settings(DEBUG=True)
def test_demo_code_command_prints_the_current_code(capsys, db):
    call_command("demo_totp_code")
    assert totp_code(DEMO_TOTP_SECRET) in capsys.readouterr().out
