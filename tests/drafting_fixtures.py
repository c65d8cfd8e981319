"""Fixtures for drafting tests: a lead author, a co-author, another member and their draft."""

import pytest

from tests.factories import MemberFactory, draft_by


@pytest.fixture
def lead(db):
    return MemberFactory(display_name="Morag")


@pytest.fixture
def coauthor(db):
    return MemberFactory(display_name="Piotr")


@pytest.fixture
def other(db):
    return MemberFactory(display_name="Layla")


@pytest.fixture
def draft(lead, coauthor, policy_index):
    from policies.drafting import invite_coauthor

    page = draft_by(lead, policy_index)
    invite_coauthor(lead, page, coauthor)
    return page
