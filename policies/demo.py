"""Demo policy ideas for `seed_demo`. Idempotent: each thing is found by its slug first."""

import copy
import uuid

from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.search.index import insert_or_update_object
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from members_area.demo import STAFF
from members_area.groups import COMMUNICATIONS

from . import demo_content
from .cosigning import cosign
from .demo_translations import HOME, INDEX, LANGUAGES, POLICIES, TOPICS
from .models import Authorship, PolicyIndexPage, PolicyPage, Topic
from .workflow import active_workflow_state, ensure_editorial_workflow, submit_for_cosigning

COMMUNICATIONS_TRANSLATION_PERMISSIONS = ["add_page", "change_page", "publish_page"]


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
    # List items carry their own ids, as the admin saves them: wagtail-localize translates
    # list items only when they have one.
    asks = [{"type": "item", "id": str(uuid.uuid4()), "value": ask} for ask in spec["asks"]]
    blocks.append({"type": "asks", "id": str(uuid.uuid4()), "value": {"asks": asks}})
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


# Ideas at every stage of the editorial workflow, so `make run` shows the whole path.
# stage: how far the idea goes; author and co-signers are demo members' emails.
WORKFLOW_IDEAS = [
    {
        "slug": "demo-draft-longer-notice",
        "title": "Longer notice before a rent rise",
        "summary": "Landlords should tell us about a rent rise six months before, not three.",
        "author": "morag@coproduce.example",
        "stage": "draft",
    },
    {
        "slug": "demo-shared-repairs-timeline",
        "title": "Repairs done within 28 days",
        "summary": "Every repair should have a date by which it is done, and we should see it.",
        "author": "piotr@coproduce.example",
        "stage": "shared",
    },
    {
        "slug": "demo-cosigning-deposit-help",
        "title": "Help with deposits for people on low pay",
        "summary": "The council should lend deposits to tenants on low pay, with no interest.",
        "author": "aisha@coproduce.example",
        "stage": "cosigning",
        "cosigners": ["piotr@coproduce.example", "wei@coproduce.example"],
    },
    {
        "slug": "demo-policy-mould-checks",
        "title": "Yearly checks for damp and mould",
        "summary": "Every rented home should be checked for damp and mould once a year.",
        "author": "layla@coproduce.example",
        "stage": "policy",
    },
    {
        "slug": "demo-changes-pets",
        "title": "Let tenants keep pets",
        "summary": "Landlords should not say no to a pet without a good reason.",
        "author": "tom@coproduce.example",
        "stage": "changes_requested",
    },
    {
        "slug": "demo-communications-translation",
        "title": "Tenancy papers in our own languages",
        "summary": "Tenancy agreements should come in the tenant's own language.",
        "author": "wei@coproduce.example",
        "stage": "communications",
    },
    {
        "slug": "demo-published-heating",
        "title": "Warm homes before winter",
        "summary": "Landlords should check the heating works every autumn, before it gets cold.",
        "author": "eilidh@coproduce.example",
        "stage": "published",
    },
]
WORKFLOW_STEPS = ["draft", "shared", "cosigning", "policy", "communications", "published"]
CHANGES_COMMENT = "Please say which landlords this would apply to, and add one real example."


def _act(page, user, action, **kwargs):
    """What a reviewer does in the admin: approve, or reject (ask for changes)."""
    task_state = active_workflow_state(page).current_task_state
    task_state.task.specific.on_action(task_state, user, action, **kwargs)


def _demo_idea(index, spec, author):
    page = PolicyPage(title=spec["title"], slug=spec["slug"], summary=spec["summary"], live=False)
    page.body = [
        {
            "type": "section",
            "id": str(uuid.uuid4()),
            "value": {"heading": "What is wrong", "text": f"<p>{spec['summary']}</p>"},
        }
    ]
    index.add_child(instance=page)
    Authorship.objects.create(page=page, member=author, is_lead=True)
    page.save_revision(user=author.user)
    if spec["stage"] != "draft":
        page.shared_with_forum, page.shared_at = True, timezone.now()
        page.save(update_fields=["shared_with_forum", "shared_at"])
    return page


def seed_workflow_ideas(index, people):
    """Ideas at every stage, each taken there through the real workflow. Idempotent."""
    ensure_editorial_workflow(index)
    policy_officer, comms_officer = people[STAFF[1][0]], people[STAFF[2][0]]
    members = [u.member for u in people.values() if hasattr(u, "member") and u.member.is_approved]
    for spec in WORKFLOW_IDEAS:
        if PolicyPage.objects.child_of(index).filter(slug=spec["slug"]).exists():
            continue
        author = people[spec["author"]].member
        page = _demo_idea(index, spec, author)
        stage = spec["stage"]
        if stage in ("draft", "shared"):
            continue
        submit_for_cosigning(page, author.user)
        if stage == "cosigning":
            for email in spec["cosigners"]:
                cosign(people[email].member, PolicyPage.objects.get(pk=page.pk), "I agree.")
            continue
        # Enough co-signers to pass the threshold, so the idea moves to the policy team.
        for member in [m for m in members if m != author][:5]:
            cosign(member, PolicyPage.objects.get(pk=page.pk), "This would help my family.")
        if stage == "changes_requested":
            _act(page, policy_officer, "reject", comment=CHANGES_COMMENT)
            continue
        if WORKFLOW_STEPS.index(stage) > WORKFLOW_STEPS.index("policy"):
            _act(page, policy_officer, "approve")
        if stage == "published":
            _act(page, comms_officer, "approve")


# --- Demo translations, made through wagtail-localize as staff would make them ---


def _translated_body(body, text):
    """The English body's raw blocks, same block ids, with the words of `text` instead."""
    blocks = copy.deepcopy([dict(block) for block in body.raw_data])
    sections = iter(text["sections"])
    for block in blocks:
        if block["type"] == "section":
            block["value"]["heading"], block["value"]["text"] = next(sections)
        elif block["type"] == "asks":
            asks = iter(text["asks"])
            block["value"]["asks"] = [
                {**item, "value": next(asks)} if isinstance(item, dict) else next(asks)
                for item in block["value"]["asks"]
            ]
        elif block["type"] == "lived_experience":
            block["value"]["quote"] = text["quote"]
    return blocks


def translate(original, locale, words, user=None):
    """Make the translation of `original` into `locale` through wagtail-localize, unless a
    published one exists: `words` (field name → text in that language) becomes translation
    memory for each of the source's strings, then the page is saved as a draft and published.
    Fields left out of `words` keep the English (slugs, names)."""
    existing = original.get_translation_or_none(locale)
    if existing is not None and getattr(existing, "live", True):
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(original)
    Translation.objects.get_or_create(source=source, target_locale=locale)

    in_language = type(original).objects.get(pk=original.pk)
    for name, value in words.items():
        if name == "body":
            value = _translated_body(original.body, value)
        setattr(in_language, name, value)
    values = [v for v in extract_segments(in_language) if isinstance(v, StringSegmentValue)]
    segments = source.stringsegment_set.order_by("order").select_related("string", "context")
    if len(values) != len(segments):
        raise ValueError(f"{original}: {len(values)} translated strings for {len(segments)}")
    for segment, value in zip(segments, values, strict=True):
        if segment.context.path != value.path:
            raise ValueError(f"{original}: {value.path} does not line up with {segment.context}")
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": value.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    if isinstance(original, Page):
        translation, _created = source.create_or_update_translation(
            locale, user=user, publish=False
        )
        translation.get_latest_revision().publish(user=user)
        translation.refresh_from_db()
        return translation
    # Snippets without drafts are saved straight away.
    return source.create_or_update_translation(locale, user=user, publish=True)[0]


def let_translate(group):
    """Communications staff edit and publish translations, which sit under each language's
    own home page, beside the English one: so their page permissions start at the root."""
    for codename in COMMUNICATIONS_TRANSLATION_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def seed_translations(home, index, topics, policies, groups, user=None):
    """Published translations of the demo home page, index, topics and ideas, in every
    language, with real words from demo_translations."""
    let_translate(groups[COMMUNICATIONS])
    # Wagtail caches a user's page permissions on the user object: forget the old ones.
    user.__dict__.pop("_page_permission_cache", None)
    for code in LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        translate(home, locale, {**HOME[code], "slug": f"home-{code}"}, user)
        translate(index, locale, INDEX[code], user)
        for slug, topic in topics.items():
            translate(topic, locale, {"name": TOPICS[slug][code]}, user)
        for policy in policies:
            translate(policy, locale, POLICIES[policy.slug][code], user)
