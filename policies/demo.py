"""Demo policy ideas for `seed_demo`. Idempotent: each thing is found by its slug first."""

import copy
import uuid

from django.contrib.auth.models import Permission
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from members_area.groups import COMMUNICATIONS

from . import demo_content
from .demo_translations import HOME, INDEX, LANGUAGES, POLICIES, TOPICS
from .models import PolicyIndexPage, PolicyPage, Topic

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
        policies.append(policy)
    return policies


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
