"""What happens around a draft while members write it: comments, suggested changes,
people following it and the notices they get. Imported by policies.models."""

from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 5000
REASON_MAX_LENGTH = 1000


class Comment(models.Model):
    """A member's comment on a whole draft (block_id empty) or on one section of it.

    Section comments hold the section's StreamField block id, never its position, so they
    stay on their section while other sections are edited, moved or removed."""

    page = models.ForeignKey("policies.PolicyPage", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64, blank=True, db_index=True)
    author = models.ForeignKey(
        "members_area.Member", on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    text = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    staff_only = models.BooleanField(_("only staff can see this"), default=False)
    resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    hidden_by_moderator = models.BooleanField(default=False)
    hidden_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")

    def __str__(self):
        return self.text[:60]

    @property
    def is_removed(self):
        return bool(self.deleted_at) or self.hidden_by_moderator


class CommentReport(models.Model):
    """A member telling the moderators about a comment."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey("members_area.Member", on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("what is wrong"), blank=True, max_length=REASON_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "reporter"], name="one_report_per_member")
        ]

    def __str__(self):
        return f"{self.reporter} on comment {self.comment_id}"


class Suggestion(models.Model):
    """A change to one section proposed by a member who is not an author."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for the authors")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    page = models.ForeignKey("policies.PolicyPage", on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    proposer = models.ForeignKey(
        "members_area.Member", on_delete=models.CASCADE, related_name="suggestions"
    )
    text = models.TextField(_("your suggested text"))
    base_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    decided_by = models.ForeignKey(
        "members_area.Member", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decline_reason = models.TextField(_("why not"), blank=True, max_length=REASON_MAX_LENGTH)
    resolving_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.proposer}: {self.get_status_display()}"


class Follow(models.Model):
    """A member who wants to hear about a draft they do not write."""

    page = models.ForeignKey("policies.PolicyPage", on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey("members_area.Member", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "member"], name="one_follow_per_member")
        ]

    def __str__(self):
        return f"{self.member} follows {self.page_id}"


class Notification(models.Model):
    """One entry in a member's on-site list; also emailed straight away or in a digest."""

    class Kind(models.TextChoices):
        COMMENT = "comment", _("commented on")
        REPLY = "reply", _("replied to you on")
        EDIT = "edit", _("changed")
        SUGGESTION = "suggestion", _("suggested a change to")
        INVITE = "invite", _("added you as a co-author of")
        ACCEPTED = "accepted", _("accepted your suggested change to")
        DECLINED = "declined", _("said no to your suggested change to")

    member = models.ForeignKey(
        "members_area.Member", on_delete=models.CASCADE, related_name="notifications"
    )
    actor = models.ForeignKey(
        "members_area.Member", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    page = models.ForeignKey("policies.PolicyPage", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # Set when sent on its own or in a digest; members who chose "never" are never emailed.
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["member", "emailed_at"])]

    def __str__(self):
        return f"{self.actor} {self.get_kind_display()} {self.page_id}"
