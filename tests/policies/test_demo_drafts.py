import pytest
from django.core.management import call_command
from django.test import override_settings

from policies.draft_models import Comment, Suggestion
from policies.models import PolicyPage

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@override_settings(DEBUG=True)
def test_seed_demo_adds_shared_drafts_with_comments_and_suggestions(client):
    call_command("seed_demo")
    call_command("seed_demo")
    # The co-signing demo adds ideas at every workflow stage; these are the drafting demo's.
    shared = PolicyPage.objects.filter(live=False, shared_with_forum=True).exclude(
        slug__startswith="demo-"
    )
    assert shared.count() == 2
    assert Comment.objects.filter(page__in=shared).count() == 5
    assert Comment.objects.filter(staff_only=True).count() == 1
    assert Suggestion.objects.filter(status="open").count() == 2
    client.login(username="wei@coproduce.example", password="coproduce-demo-2026")
    for page in shared:
        html = client.get(f"/members/ideas/{page.pk}/").content.decode()
        assert page.title in html
        assert "only staff read this" not in html
