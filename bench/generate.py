"""Build the benchmark's data set in the database DATABASE_URL points at, and write the URLs
and sessions the load generator needs to a JSON file.

At --scale 1: 10,000 members; 1,000 policy ideas, 300 of them published in six languages;
100,000 co-signatures; 50,000 comments. Rows are written in bulk, except pages, which go
through Wagtail's tree API so the page tree stays valid.
"""

import argparse
import json
import os
import secrets
import sys
import uuid
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.contrib.sessions.models import Session  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page, TaskState, WorkflowState  # noqa: E402

from home.demo import seed_home, seed_locales  # noqa: E402
from members_area.demo import seed_groups  # noqa: E402
from members_area.models import Member  # noqa: E402
from policies.demo import seed_index, seed_topics  # noqa: E402
from policies.draft_models import Comment  # noqa: E402
from policies.models import Authorship, PolicyPage  # noqa: E402
from policies.workflow import ensure_editorial_workflow, submit_for_cosigning  # noqa: E402
from policies.workflow_models import CoSignature  # noqa: E402

BATCH = 5_000
WORDS = [
    "rent",
    "repairs",
    "damp",
    "mould",
    "deposit",
    "notice",
    "landlord",
    "agent",
    "tenant",
    "home",
    "heating",
    "fair",
    "safe",
    "council",
    "money",
    "winter",
    "family",
    "children",
    "school",
    "work",
    "letter",
    "weeks",
    "months",
]


def sentence(n, length=12):
    return " ".join(WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(length)).capitalize() + "."


def body(n):
    return [
        {
            "type": "section",
            "id": str(uuid.uuid4()),
            "value": {"heading": f"Part {part}", "text": f"<p>{sentence(n + part, 40)}</p>"},
        }
        for part in range(1, 4)
    ]


def make_members(count):
    User = get_user_model()
    password = make_password("bench-password-not-secret")
    users = User.objects.bulk_create(
        [
            User(
                username=f"bench{i}@example.org",
                email=f"bench{i}@example.org",
                first_name=f"First{i}",
                last_name=f"Last{i}",
                password=password,
            )
            for i in range(count)
        ],
        batch_size=BATCH,
    )
    members = Member.objects.bulk_create(
        [
            Member(
                user=user,
                display_name=f"Member {i}",
                status=Member.Status.APPROVED,
                consented_at=timezone.now(),
            )
            for i, user in enumerate(users)
        ],
        batch_size=BATCH,
    )
    return members


def make_ideas(index, topics, members, ideas, published):
    pages = []
    for n in range(ideas):
        page = PolicyPage(
            title=f"Idea {n}: {sentence(n, 5)[:-1]}",
            slug=f"idea-{n}",
            summary=sentence(n, 20),
            body=body(n),
            live=False,
            shared_with_forum=True,
            shared_at=timezone.now(),
        )
        index.add_child(instance=page)
        if n < published:
            page.topics.set([list(topics.values())[n % len(topics)]])
        revision = page.save_revision()
        if n < published:
            revision.publish()
        pages.append(page)
    Authorship.objects.bulk_create(
        [
            Authorship(page=page, member=members[i % len(members)], is_lead=True)
            for i, page in enumerate(pages)
        ]
    )
    return pages


def translate(pages, home, index):
    """Every published idea in the five other languages, published, as staff would."""
    for locale in Locale.objects.exclude(pk=home.locale_id):
        for page in (home, index, *pages):
            translation = page.get_translation_or_none(locale)
            if translation is None:
                translation = page.copy_for_translation(locale)
            translation.save_revision().publish()


def closed_rounds(pages, workflow, requested_by):
    """A finished co-signing round for each published idea, for its co-signatures to count in."""
    page_type = ContentType.objects.get_for_model(Page)
    policy_type = ContentType.objects.get_for_model(PolicyPage)
    task = workflow.tasks.first()
    states = WorkflowState.objects.bulk_create(
        [
            WorkflowState(
                content_type=policy_type,
                base_content_type=page_type,
                object_id=str(page.pk),
                workflow=workflow,
                status=WorkflowState.STATUS_APPROVED,
                requested_by=requested_by,
            )
            for page in pages
        ]
    )
    task_state_type = ContentType.objects.get_for_model(TaskState)
    rounds = TaskState.objects.bulk_create(
        [
            TaskState(
                workflow_state=state,
                revision_id=page.latest_revision_id,
                task=task,
                status=TaskState.STATUS_APPROVED,
                content_type=task_state_type,
                finished_at=timezone.now(),
            )
            for state, page in zip(states, pages, strict=True)
        ]
    )
    return dict(zip([p.pk for p in pages], rounds, strict=True))


def cosign_in_bulk(rounds_by_page, members, total):
    pages = list(rounds_by_page)
    per_page = max(1, total // len(pages))
    rows = []
    for p, page_id in enumerate(pages):
        for i in range(min(per_page, len(members) - 1)):
            member = members[(p * 37 + i + 1) % len(members)]
            rows.append(
                CoSignature(page_id=page_id, member=member, cosigning_round=rounds_by_page[page_id])
            )
    CoSignature.objects.bulk_create(rows, batch_size=BATCH, ignore_conflicts=True)
    for page_id in pages:
        count = CoSignature.objects.filter(page_id=page_id).count()
        PolicyPage.objects.filter(pk=page_id).update(cosignature_count=count)


def comment_in_bulk(pages, members, total, draft):
    rows = [
        Comment(page=draft, author=members[i % len(members)], text=sentence(i, 15))
        for i in range(50)
    ]
    rows += [
        Comment(page=pages[i % len(pages)], author=members[i % len(members)], text=sentence(i))
        for i in range(max(0, total - 50))
    ]
    Comment.objects.bulk_create(rows, batch_size=BATCH)


def session_for(user):
    session = SessionStore()
    session.update(
        {
            "_auth_user_id": str(user.pk),
            "_auth_user_backend": settings.AUTHENTICATION_BACKENDS[0],
            "_auth_user_hash": user.get_session_auth_hash(),
        }
    )
    return Session(
        session_key=secrets.token_hex(16),
        session_data=session.encode(session._session),
        expire_date=timezone.now() + timezone.timedelta(days=1),
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    def scaled(n):
        return max(1, int(n * args.scale))

    with transaction.atomic():
        seed_locales()
        home = seed_home()
        index = seed_index(home)
        groups = seed_groups(index)
        topics = seed_topics()
        workflow = ensure_editorial_workflow(index)
        task = workflow.tasks.first().specific
        task.threshold = 30_000  # ideas keep collecting for the whole run
        task.save()
        members = make_members(scaled(10_000))
        staff = get_user_model().objects.create(username="bench-staff", is_superuser=True)
        staff.groups.add(*groups.values())
        ideas = make_ideas(index, topics, members, scaled(1_000), published := scaled(300))
    translate(ideas[:published], home, index)
    collecting = ideas[published : published + max(2, scaled(30))]
    for idea in collecting:
        submit_for_cosigning(idea, idea.authorships.first().member.user)
    with transaction.atomic():
        rounds = closed_rounds(ideas[:published], workflow, staff)
        cosign_in_bulk(rounds, members, scaled(100_000))
        draft = ideas[-1]
        # The draft gets exactly its 50; the rest are spread over the other unpublished ideas.
        comment_in_bulk(ideas[published:-1], members, scaled(50_000), draft)
        reader = members[0]
        Authorship.objects.get_or_create(page=draft, member=reader, defaults={"is_lead": False})
        cosigners = members[1 : 1 + scaled(5_000)]
        sessions = [session_for(member.user) for member in cosigners]
        Session.objects.bulk_create(sessions, batch_size=BATCH)
        reader_session = session_for(reader.user)
        reader_session.save()
    call_command("update_index", verbosity=0)

    token = secrets.token_hex(16)
    author_of = {idea.pk: members[n % len(members)].pk for n, idea in enumerate(ideas)}
    cosign_file = Path(args.out).with_name("cosign-lines.txt")
    with cosign_file.open("w") as lines:
        for i, (member, session) in enumerate(zip(cosigners, sessions, strict=True)):
            # Never the member's own idea (make_ideas gave idea n to member n): authors
            # may not co-sign, and at small scales the plain rotation would pair them.
            choices = collecting[i % len(collecting) :] + collecting[: i % len(collecting)]
            idea = next(idea for idea in choices if author_of[idea.pk] != member.pk)
            lines.write(f"/members/ideas/{idea.pk}/co-sign/|{session.session_key}|{token}\n")
    policy = ideas[0]
    Path(args.out).write_text(
        json.dumps(
            {
                "static_file": staticfiles_storage.url("css/site.css"),
                "topic_index": f"/en/policies/?topic={next(iter(topics))}",
                "policy": policy.url,
                "policy_ar": policy.get_translation(Locale.objects.get(language_code="ar")).url,
                "draft": f"/members/ideas/{draft.pk}/",
                "member_session": reader_session.session_key,
                "cosign_file": str(cosign_file),
                "collecting": [idea.pk for idea in collecting],
            },
            indent=2,
        )
    )
    print(f"Built: {len(members)} members, {len(ideas)} ideas ({published} published).")


if __name__ == "__main__":
    main()
