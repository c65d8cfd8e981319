"""Fixtures for co-signing and the editorial workflow, used by tests/policies and
tests/members_area (imported into their conftest.py)."""

import pytest

from members_area.demo import seed_groups
from members_area.groups import COMMUNICATIONS, POLICY_TEAM
from policies.workflow import ensure_editorial_workflow

from .factories import MemberFactory, UserFactory, shared_idea


@pytest.fixture
def workflow(policy_index):
    return ensure_editorial_workflow(policy_index)


@pytest.fixture
def staff_groups(policy_index):
    """The staff groups with the page permissions the demo gives them."""
    return seed_groups(policy_index)


@pytest.fixture
def policy_officer(staff_groups):
    return UserFactory(groups=[staff_groups[POLICY_TEAM]])


@pytest.fixture
def comms_officer(staff_groups):
    return UserFactory(groups=[staff_groups[COMMUNICATIONS]])


@pytest.fixture
def author(db):
    return MemberFactory()


@pytest.fixture
def idea(policy_index, workflow, author):
    return shared_idea(policy_index, author)


def set_threshold(workflow, threshold):
    task = workflow.tasks.first().specific
    task.threshold = threshold
    task.save()
