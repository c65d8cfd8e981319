"""Demo policy ideas for `seed_demo`. Idempotent: each thing is found by its slug first."""

import uuid

from wagtail.models import Locale
from wagtail.search.index import insert_or_update_object

from . import demo_content
from .models import PolicyIndexPage, PolicyPage, Topic


def seed_index(home):
    index = PolicyIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=PolicyIndexPage(
                title="Policy ideas", slug="policies", intro=demo_content.INDEX_INTRO
            )
        )
        index.save_revision().publish()
    return index


def seed_topics():
    locale = Locale.get_default()
    topics = {}
    for slug, name in demo_content.TOPICS:
        topics[slug], _ = Topic.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name}
        )
    return topics


def policy_body(spec):
    blocks = [
        {"type": "section", "id": str(uuid.uuid4()), "value": {"heading": h, "text": t}}
        for h, t in spec["sections"]
    ]
    blocks.append({"type": "asks", "id": str(uuid.uuid4()), "value": {"asks": spec["asks"]}})
    quote, name, credit = spec["quote"]
    blocks.insert(
        1,
        {
            "type": "lived_experience",
            "id": str(uuid.uuid4()),
            "value": {"quote": quote, "name": name, "credit": credit},
        },
    )
    return blocks


def seed_published_policies(index, topics, user=None):
    policies = []
    for spec in demo_content.POLICIES:
        policy = PolicyPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if policy is None:
            policy = PolicyPage(title=spec["title"], slug=spec["slug"], summary=spec["summary"])
            policy.body = policy_body(spec)
            index.add_child(instance=policy)
            policy.topics.set([topics[t] for t in spec["topics"]])
            policy.save_revision(user=user).publish(user=user)
        # Publishing queues the search-index update for the task worker, which `make run`
        # does not start; index the demo now so that search finds it straight away.
        insert_or_update_object(policy)
        policies.append(policy)
    return policies
