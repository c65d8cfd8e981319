from django.contrib.auth.models import Group

from members_area.groups import POLICY_TEAM
from policies.drafting import latest_draft
from policies.member_text import html_to_text
from policies.models import PolicyPage
from tests.factories import UserFactory


def newest(page):
    return latest_draft(PolicyPage.objects.get(pk=page.pk))


def texts(page):
    return [b.value["text"].source for b in newest(page).sections]


def edit_data(page, texts=None, base=None, **fields):
    """The edit form as a browser would send it, from the newest version, with changes."""
    draft = newest(page)
    sections = draft.sections
    data = {
        "title": draft.title,
        "summary": draft.summary,
        "base_revision": base or PolicyPage.objects.get(pk=page.pk).latest_revision_id,
        "action": "save",
        "sections-TOTAL_FORMS": str(len(sections)),
        "sections-INITIAL_FORMS": str(len(sections)),
        **fields,
    }
    for i, block in enumerate(sections):
        data[f"sections-{i}-block_id"] = block.id
        data[f"sections-{i}-heading"] = block.value["heading"]
        data[f"sections-{i}-text"] = html_to_text(block.value["text"].source)
    for i, text in (texts or {}).items():
        data[f"sections-{i}-text"] = text
    return data


def new_idea_data(title="Fix damp", summary="Damp makes people ill.", sections=None, **extra):
    sections = sections or [("What is wrong", "Mould everywhere.")]
    data = {
        "title": title,
        "summary": summary,
        "action": "save",
        "sections-TOTAL_FORMS": str(len(sections)),
        "sections-INITIAL_FORMS": "0",
    }
    for i, (heading, text) in enumerate(sections):
        data[f"sections-{i}-heading"] = heading
        data[f"sections-{i}-text"] = text
    data.update(extra)
    return data


def staff_user():
    group, _ = Group.objects.get_or_create(name=POLICY_TEAM)
    return UserFactory(groups=[group])


def url(page, rest=""):
    return f"/members/ideas/{page.pk}/{rest}"
