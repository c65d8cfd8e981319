"""Ideas the demo members are still writing, for `seed_demo`: shared drafts with
co-authors, comments, a reply, a staff-only comment and suggested changes, made through
the same domain functions the members' area uses. Idempotent: found by slug first."""

from members_area.models import Member

from . import drafting
from .comments import add_comment
from .models import PolicyPage

DRAFTS = [
    {
        "slug": "fix-damp-and-mould-within-14-days",
        "title": "Fix damp and mould within 14 days",
        "summary": "Landlords should have to fix damp and mould within 14 days of being told.",
        "lead": "morag@coproduce.example",
        "coauthors": ["piotr@coproduce.example"],
        "shared": True,
        "sections": [
            (
                "What is wrong now",
                "Many of us wait months for damp to be fixed.\n\n"
                "Mould makes children and older people ill.",
            ),
            (
                "What we want",
                "A legal limit of <b>14 days</b> to start repairs, and a "
                "visit within 3 days when someone in the home is unwell.",
            ),
            (
                "Why it matters",
                "Damp is not a lifestyle problem. It comes from cold, badly kept homes.",
            ),
        ],
        "comments": [
            ("layla@coproduce.example", 1, "Could the 3 days also cover new babies?"),
            ("aisha@coproduce.example", None, "I waited 7 months. This would help so much."),
            (
                "jamie@coproduce.example",
                0,
                "My landlord blamed me for drying clothes "
                "inside. I would rather only staff read this.",
                "staff_only",
            ),
        ],
        "reply": ("morag@coproduce.example", "Good idea, I will add that."),
        "suggestions": [
            (
                "layla@coproduce.example",
                2,
                "Damp is not caused by how people live. It comes "
                "from cold, badly kept homes, and it costs the NHS millions every year.",
            ),
        ],
        "followers": ["eilidh@coproduce.example"],
    },
    {
        "slug": "deposits-back-within-a-week",
        "title": "Deposits back within a week",
        "summary": "Tenants should get their deposit back within seven days of moving out.",
        "lead": "piotr@coproduce.example",
        "coauthors": ["aisha@coproduce.example"],
        "shared": True,
        "sections": [
            (
                "What is wrong now",
                "Some of us wait weeks for our deposit, and cannot pay for the next home.",
            ),
            ("What we want", "The deposit scheme pays the part nobody disputes within seven days."),
        ],
        "comments": [
            ("wei@coproduce.example", 1, "Yes! Especially the part nobody disputes."),
        ],
        "suggestions": [
            (
                "morag@coproduce.example",
                0,
                "Many of us wait weeks for our deposit, and have to borrow money to move.",
            ),
        ],
        "followers": [],
    },
    {
        "slug": "letting-agents-answer-in-five-days",
        "title": "Letting agents answer in five days",
        "summary": "Letting agents should reply to tenants within five working days.",
        "lead": "layla@coproduce.example",
        "coauthors": [],
        "shared": False,
        "sections": [("What is wrong now", "Emails to agents go unanswered for weeks.")],
        "comments": [],
        "suggestions": [],
        "followers": [],
    },
]


def seed_drafts(index):
    members = {m.user.email: m for m in Member.objects.select_related("user")}
    drafts = []
    for spec in DRAFTS:
        page = PolicyPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if page is None:
            page = _write(index, spec, members)
        drafts.append(page)
    return drafts


def _write(index, spec, members):
    lead = members[spec["lead"]]
    rows = [{"heading": h, "text": t} for h, t in spec["sections"]]
    page = drafting.start_idea(lead, index, spec["title"], spec["summary"], rows)
    for email in spec["coauthors"]:
        drafting.invite_coauthor(lead, page, members[email])
    if spec["shared"]:
        drafting.share_with_forum(page)
    for email in spec["followers"]:
        drafting.follow(members[email], page)
    section_ids = [s.id for s in drafting.latest_draft(page).sections]
    first = None
    for email, section, text, *private in spec["comments"]:
        comment = add_comment(
            members[email],
            page,
            text,
            block_id=section_ids[section] if section is not None else "",
            staff_only=bool(private),
        )
        first = first or comment
    if spec.get("reply") and first:
        email, text = spec["reply"]
        add_comment(members[email], page, text, parent=first)
    for email, section, text in spec["suggestions"]:
        drafting.suggest_change(members[email], page, section_ids[section], text)
    return page
