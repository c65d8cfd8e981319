"""The lists on the members' home page. Each takes a fixed number of queries, whatever the
number of ideas or comments (the home page has a test that its query count stays flat)."""

from django.urls import reverse

from policies.cosigning import ideas_waiting_for_cosignature
from policies.draft_models import Comment
from policies.models import PolicyPage
from policies.stages import stages_of

RECENT_REPLIES = 10


def your_ideas(member):
    """Ideas this member writes or helped write, newest first, each with where it stands."""
    ideas = list(
        PolicyPage.objects.filter(authorships__member=member).order_by(
            "-latest_revision_created_at", "-pk"
        )
    )
    stages = stages_of(ideas)
    for idea in ideas:
        idea.stage = stages[idea.pk]
        idea.members_url = reverse("members_area:draft", args=[idea.pk])
    return ideas


def ideas_to_cosign(member):
    """Ideas collecting co-signatures that this member could support and has not yet."""
    # Plain rows, not pages: building dozens of page objects costs more than the query.
    return list(
        ideas_waiting_for_cosignature(member).values(
            "pk", "title", "summary", "cosignature_count", "threshold", "signed_earlier"
        )
    )


def replies_to_you(member):
    """The latest replies to this member's comments, by other people, that they may read."""
    replies = list(
        Comment.objects.filter(
            parent__author=member,
            staff_only=False,
            hidden_by_moderator=False,
            deleted_at__isnull=True,
        )
        .exclude(author=member)
        .select_related("author", "page")
        .order_by("-created_at")[:RECENT_REPLIES]
    )
    for reply in replies:
        reply.members_url = (
            f"{reverse('members_area:draft', args=[reply.page_id])}#comment-{reply.pk}"
        )
    return replies
