"""Co-signing stays exact when many members act at once. Each thread has its own database
connection, so these need PostgreSQL's real row locks and a committed database."""

import threading

import pytest
from django.conf import settings
from django.db import connection
from wagtail.models import Locale, Page, PageLogEntry, TaskState

from policies.cosigning import AlreadyCosigned, cosign
from policies.models import CoSignature, PolicyPage
from policies.stages import stage_of
from policies.workflow import POLICY_TASK_NAME, cosigning_round, submit_for_cosigning
from tests.factories import MemberFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def wagtail_root(transactional_db):
    """A test that commits ends with Django emptying the database, Wagtail's root page
    included; one that ran before this may have left it so."""
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


def run_at_once(calls):
    """Run each call in its own thread, all released together; return what each raised."""
    barrier = threading.Barrier(len(calls))
    errors = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            call()
        except Exception as error:  # noqa: BLE001 - collected and asserted on by the test
            errors[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.fixture
def submitted(idea, author):
    submit_for_cosigning(idea, author.user)
    return PolicyPage.objects.get(pk=idea.pk)


def test_fifty_members_cosign_at_once(submitted):
    members = [MemberFactory() for _ in range(50)]

    errors = run_at_once([lambda m=m: cosign(m, submitted) for m in members])

    assert errors == [None] * 50
    page = PolicyPage.objects.get(pk=submitted.pk)
    assert page.cosignature_count == 50
    assert CoSignature.objects.filter(page=page).count() == 50
    # The co-signing step approved itself exactly once, and the policy team's step started once.
    assert cosigning_round(page).status == TaskState.STATUS_APPROVED
    assert TaskState.objects.filter(status=TaskState.STATUS_APPROVED).count() == 1
    assert TaskState.objects.filter(task__name=POLICY_TASK_NAME).count() == 1
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve").count() == 1
    assert stage_of(page).key == "policy"


def test_one_member_cosigning_twenty_times_at_once_makes_one_row(submitted):
    member = MemberFactory()

    errors = run_at_once([lambda: cosign(member, submitted)] * 20)

    assert errors.count(None) == 1
    assert all(isinstance(e, AlreadyCosigned) for e in errors if e is not None)
    assert CoSignature.objects.filter(page=submitted, member=member).count() == 1
    assert PolicyPage.objects.get(pk=submitted.pk).cosignature_count == 1


def test_two_authors_sending_at_once_start_one_workflow(idea, author):
    from policies.workflow import WorkflowError, active_workflow_state
    from tests.factories import AuthorshipFactory

    coauthor = MemberFactory()
    AuthorshipFactory(page=idea, member=coauthor, is_lead=False)

    errors = run_at_once(
        [lambda: submit_for_cosigning(idea, author.user)]
        + [lambda: submit_for_cosigning(idea, coauthor.user)] * 3
    )

    assert errors.count(None) == 1
    assert all(isinstance(e, WorkflowError) for e in errors if e is not None)
    assert active_workflow_state(idea).status == "in_progress"
    assert TaskState.objects.count() == 1
