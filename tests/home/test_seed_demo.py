import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import override_settings

from policies.models import PolicyPage


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in {"wagtailcore", "auth", "home", "policies", "members_area"}
    }


@override_settings(DEBUG=True)
def test_seed_demo_twice_gives_the_same_rows(db):
    call_command("seed_demo")
    first = row_counts()
    call_command("seed_demo")
    assert row_counts() == first
    assert PolicyPage.objects.live().count() >= 6


@override_settings(DEBUG=True)
def test_seeded_site_serves_index_and_every_policy(client, db):
    call_command("seed_demo")
    indexes = {}
    for policy in PolicyPage.objects.live().select_related("locale"):
        code = policy.locale.language_code
        if code not in indexes:
            index = client.get(f"/{code}/policies/")
            assert index.status_code == 200
            indexes[code] = index.content.decode()
        assert policy.title in indexes[code]
        assert client.get(policy.url).status_code == 200
    assert len(indexes) == 6


@override_settings(DEBUG=False)
def test_seed_demo_refuses_without_debug(db):
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")


@pytest.mark.postgres
@override_settings(DEBUG=True, TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_seeded_policies_are_searchable_without_a_task_worker(client, db):
    # `make run` starts no task worker, so publishing alone would leave the index empty.
    call_command("seed_demo")
    html = client.get("/en/search/?q=repairs").content.decode()
    assert "Get repairs done on time" in html


@override_settings(DEBUG=True)
def test_seed_demo_leaves_ideas_at_every_stage(db):
    from policies.stages import stages_of

    call_command("seed_demo")
    ideas = PolicyPage.objects.filter(slug__startswith="demo-")
    assert sorted(stage.key for stage in stages_of(ideas).values()) == sorted(
        [
            "draft",
            "shared",
            "cosigning",
            "policy",
            "changes_requested",
            "communications",
            "published",
        ]
    )
    published = ideas.get(slug="demo-published-heating")
    assert published.live and published.cosignature_count == 5
