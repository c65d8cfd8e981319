"""A member sees how easy each section is to read when they come back to edit it."""

import pytest

from policies.drafting import latest_draft
from policies.models import PolicyPage
from tests.factories import draft_by

from .helpers import edit_data

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

HARD = (
    "In order to facilitate the co-production of policy, stakeholders in receipt of "
    "notifications regarding tenancy arrangements will endeavour to utilise consultation "
    "mechanisms, notwithstanding the aforementioned administrative considerations."
)


def test_a_hard_section_gets_a_friendly_note_after_saving(client, lead, policy_index):
    page = draft_by(lead, policy_index)
    client.force_login(lead.user)
    edit_url = f"/members/ideas/{page.pk}/edit/"
    response = client.post(edit_url, edit_data(page, texts={0: HARD}))
    assert response.status_code == 302  # saving is never blocked
    saved = latest_draft(PolicyPage.objects.get(pk=page.pk))
    assert HARD in saved.sections[0].value["text"].source
    html = client.get(edit_url).content.decode()
    assert "Hard to read." in html
    assert "facilitate" in html and "help" in html  # the jargon word and a plainer one
    assert "This is only a tip. You can still save." in html


def test_each_section_box_is_tied_to_its_note_for_live_updates(client, lead, policy_index):
    page = draft_by(lead, policy_index)
    client.force_login(lead.user)
    html = client.get(f"/members/ideas/{page.pk}/edit/").content.decode()
    assert 'data-readability="sections-0-readability"' in html
    assert 'id="sections-0-readability"' in html
    assert "js/readability" in html
