"""The lists on the members' home page. Each takes a fixed number of queries, whatever the
number of ideas or comments (the home page has a test that its query count stays flat)."""

from django.db.models import F
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


# Ideas collecting co-signatures that the member could support and has not yet: plain rows.
ideas_to_cosign = ideas_waiting_for_cosignature


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
        .select_related("author")
        .annotate(page_title=F("page__title"))  # not the whole page: only its title is shown
        .order_by("-created_at")[:RECENT_REPLIES]
    )
    for reply in replies:
        reply.members_url = (
            f"{reverse('members_area:draft', args=[reply.page_id])}#comment-{reply.pk}"
        )
    return replies
