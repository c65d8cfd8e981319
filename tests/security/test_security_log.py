"""The security log says who did what and when, and never holds passwords, tokens or the
words members write."""

import json
import logging
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client, override_settings
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from config.security_log import REDACTED, log_moderation
from members_area.groups import POLICY_TEAM
from tests.factories import MemberFactory, PolicyPageFactory, UserFactory

SECURITY = "coproduce.security"
WHEN = r"when=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"


@pytest.fixture
def security_log(caplog):
    caplog.set_level(logging.INFO, logger=SECURITY)
    return caplog


def lines(caplog):
    return [r.getMessage() for r in caplog.records if r.name == SECURITY]


def test_a_failed_login_is_logged_without_what_was_typed(client, home, security_log):
    user = UserFactory(is_superuser=True, is_staff=True)
    # The admin's login is allauth's, which signs in by email.
    client.post("/admin/login/", {"login": user.email, "password": "Hunter2-secret"})
    [line] = lines(security_log)
    assert line.startswith(
        f"event=login_failed who=anonymous ip=127.0.0.1 what=POST /admin/login/ "
        f"account=user:{user.pk} "
    )
    assert re.search(WHEN, line)
    assert "Hunter2" not in security_log.text and user.email not in security_log.text


def test_a_failed_login_for_no_account_says_unknown(client, home, security_log):
    client.post("/admin/login/", {"login": "my-password-typed-here@x.org", "password": "x"})
    [line] = lines(security_log)
    assert "account=unknown" in line and "my-password" not in security_log.text


def test_a_refused_request_is_logged(home, security_log):
    member = MemberFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(member.user)
    response = client.post("/members/?token=abc123", {"text": "my private words"})
    assert response.status_code == 403
    [line] = lines(security_log)
    assert line.startswith(f"event=permission_denied who=user:{member.user.pk} ip=127.0.0.1 ")
    assert "what=POST /members/" in line
    assert "abc123" not in line and "private words" not in security_log.text


def test_the_filter_blanks_secrets_and_members_words(security_log):
    logger = logging.getLogger(SECURITY)
    logger.warning(
        "event=%(event)s password=%(password)s comment=%(comment)s reset_token=%(reset_token)s "
        "session_key=%(session_key)s title=%(title)s page=%(page)s",
        {
            "event": "test",
            "password": "Hunter2",
            "comment": "my landlord is Mr X",
            "reset_token": "tok-123",
            "session_key": "sess-456",
            "title": "Draft idea nobody may see",
            "page": 7,
        },
        extra={"authorization": "Bearer abc", "details": {"otp": "123456", "idea": 7}},
    )
    [record] = [r for r in security_log.records if r.name == SECURITY]
    message = record.getMessage()
    for secret in ("Hunter2", "Mr X", "tok-123", "sess-456", "nobody may see"):
        assert secret not in message
    assert message.count(REDACTED) == 5 and "page=7" in message
    assert record.authorization == REDACTED
    assert record.details == {"otp": REDACTED, "idea": 7}


def test_moderation_through_the_wagtail_workflow_is_logged(policy_index, security_log):
    group = Group.objects.create(name=POLICY_TEAM)
    # A superuser, so the last approval may publish the page.
    reviewer = UserFactory(groups=[group], is_superuser=True)
    author = UserFactory()
    task = GroupApprovalTask.objects.create(name="Policy team review")
    task.groups.add(group)
    workflow = Workflow.objects.create(name="Idea review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    idea = PolicyPageFactory(parent=policy_index, live=False, title="Secret idea title")
    idea.save_revision(user=author)

    workflow.start(idea, author)
    idea.refresh_from_db()
    idea.current_workflow_task_state.approve(user=reviewer)

    logged = lines(security_log)
    assert any(
        line.startswith(f"event=moderation who=user:{author.pk} action=review_started ")
        and f"page={idea.pk}" in line
        for line in logged
    ), logged
    assert any(
        line.startswith(f"event=moderation who=user:{reviewer.pk} action=review_step_approved ")
        and f"page={idea.pk}" in line
        for line in logged
    ), logged
    assert "Secret idea title" not in security_log.text


def test_other_moderation_is_logged_by_id(policy_index, security_log):
    staff = UserFactory()
    member = MemberFactory(display_name="Sky")
    log_moderation(staff, "member_approved", member)
    [line] = lines(security_log)
    assert line.startswith(
        f"event=moderation who=user:{staff.pk} action=member_approved "
        f"object=members_area.member:{member.pk} "
    )
    assert "Sky" not in line


CSP_REPORT = {
    "csp-report": {
        "document-uri": "https://coproduce.example/en/policies/idea/?token=abc",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/steal.js?c=secret",
        "script-sample": "member words",
    }
}


def post_report(client, body, **extra):
    return client.post("/csp-report/", data=body, content_type="application/csp-report", **extra)


def test_csp_violation_reports_are_logged_briefly(client, db, security_log):
    response = post_report(client, json.dumps(CSP_REPORT))
    assert response.status_code == 204
    [line] = lines(security_log)
    assert "event=csp_violation" in line
    assert "directive=script-src-elem blocked=https://evil.example page=/en/policies/idea/" in line
    assert "abc" not in line and "secret" not in line and "member words" not in line


@pytest.mark.parametrize(
    "body, status", [("not json", 400), (json.dumps({"other": 1}), 400), ("x" * 20_000, 413)]
)
def test_bad_csp_reports_are_refused(client, db, body, status):
    assert post_report(client, body).status_code == status


@override_settings(RATE_LIMITS={**settings.RATE_LIMITS, "csp_report": {"ip": "2/h"}})
def test_csp_reports_beyond_the_limit_are_dropped_quietly(client, db, security_log):
    cache.clear()
    for _ in range(5):
        assert post_report(client, json.dumps(CSP_REPORT)).status_code == 204
    assert len(lines(security_log)) == 2
    cache.clear()


def test_csp_report_only_takes_posts(client, db):
    assert client.get("/csp-report/").status_code == 405


def test_a_failed_sign_in_by_email_finds_the_account(rf, db, security_log):
    from django.contrib.auth import authenticate

    user = UserFactory(email="Morag@example.org")
    authenticate(rf.post("/accounts/login/"), email="morag@example.org", password="wrong")
    [line] = lines(security_log)
    assert "event=login_failed who=anonymous ip=127.0.0.1 what=POST /accounts/login/" in line
    assert f"account=user:{user.pk}" in line


@override_settings(RATELIMIT_IP_META_KEY="HTTP_X_REAL_IP")
def test_a_missing_proxy_header_never_breaks_logging(home, security_log):
    response = Client(enforce_csrf_checks=True).post("/members/")
    assert response.status_code == 403
    assert "event=permission_denied who=anonymous ip=unknown" in lines(security_log)[0]
