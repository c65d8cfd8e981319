from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from members_area.models import Credit

from .blocks import EasyReadBlock, PolicyBodyBlock
from .credits import author_credits
from .feeds import PolicyFeed
from .jargon import JargonTerm  # noqa: F401  (the model lives beside its cached glossary)
from .pagination import page_of
from .panels import AboveTargetPanel, ReadabilityPanel, members_comments_tab
from .reading_time import policy_text, reading_minutes
from .routing import OneQueryChildRouteMixin
from .translation import topics_in_locale

POLICIES_PER_PAGE = 12


@register_snippet
class Topic(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # The slug stays the same in every language, so ?topic=money still filters after
    # someone switches language.
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["name", "slug"]


def published_policies():
    """What the public may read: live policies outside any private section, newest first.
    Listings leave out the body, which only the policy's own page needs."""
    return (
        PolicyPage.objects.live()
        .public()
        .order_by("-first_published_at", "-pk")
        .defer_streamfields()
        .prefetch_related("topics")
    )


class PolicyIndexPage(RoutablePageMixin, OneQueryChildRouteMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["policies.PolicyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("policy index")

    def live_policies(self):
        return published_policies().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(Topic.objects.filter(locale_id=self.locale_id))
        topic = next((t for t in topics if t.slug == request.GET.get("topic")), None)
        policies = self.live_policies()
        if topic:
            policies = policies.filter(topics=topic)
        context.update(
            policies=page_of(policies, request, POLICIES_PER_PAGE),
            topics=topics,
            current_topic=topic,
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return PolicyFeed(self)(request)

    @property
    def meta_description(self):
        return self.search_description or self.intro


class PolicyPage(Page):
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two plain sentences. At most 300 characters."),
    )
    body = StreamField(PolicyBodyBlock(), blank=True, verbose_name=_("body"))
    easy_read = StreamField(
        EasyReadBlock(),
        blank=True,
        verbose_name=_("Easy Read version"),
        help_text=_("Optional. Short sentences, each with a picture if it helps."),
    )
    topics = ParentalManyToManyField(Topic, blank=True, related_name="policies")
    # Kept by a single UPDATE … SET n = n + 1 when someone co-signs, and repaired by the
    # reconcile command; reading it never costs a COUNT over the co-signatures.
    cosignature_count = models.PositiveIntegerField(_("co-signatures"), default=0, editable=False)
    # Members' sharing choice is state of the idea, not of one version of its text.
    shared_with_forum = models.BooleanField(
        _("shared with the forum"), default=False, editable=False
    )
    shared_at = models.DateTimeField(null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList([AboveTargetPanel(), *content_panels], heading=_("Content")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
            ObjectList(
                [ReadabilityPanel(heading=_("How easy is it to read?")), FieldPanel("easy_read")],
                heading=_("Plain words"),
            ),
            members_comments_tab(),
        ]
    )
    api_fields = [
        APIField("summary"),
        APIField("topics", serializer=TopicSerializer(many=True, read_only=True)),
        APIField("cosignature_count"),
        APIField("last_published_at"),
        APIField("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale"),
    ]
    parent_page_types = ["policies.PolicyIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = _("policy idea")
        verbose_name_plural = _("policy ideas")

    # Restoring or publishing a revision rebuilds the page from the revision's JSON; these
    # fields are kept from the database instead, or an old revision would undo co-signatures.
    STATE_KEPT_ACROSS_REVISIONS = ("cosignature_count", "shared_with_forum", "shared_at")

    def save(self, *args, **kwargs):
        if self.locale_id:
            self.topics.set(topics_in_locale(self.topics.all(), self.locale_id))
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for field in self.STATE_KEPT_ACROSS_REVISIONS:
            setattr(obj, field, getattr(self, field))
        return obj

    @property
    def sections(self):
        return [block for block in self.body if block.block_type == "section"]

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            reading_minutes=reading_minutes(policy_text(self)),
            authors=author_credits(self),
        )
        return context


class Authorship(models.Model):
    """A member writing an idea: the lead who started it, or a co-author they invited."""

    page = models.ForeignKey(PolicyPage, on_delete=models.CASCADE, related_name="authorships")
    member = models.ForeignKey(
        "members_area.Member", on_delete=models.CASCADE, related_name="authorships"
    )
    is_lead = models.BooleanField(default=False)
    credit = models.CharField(
        _("how to credit me"), max_length=10, choices=Credit.choices, default=Credit.FIRST_NAME
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "member"], name="one_authorship_per_member"),
            models.UniqueConstraint(
                fields=["page"], condition=models.Q(is_lead=True), name="one_lead_author"
            ),
        ]
        ordering = ["-is_lead", "joined_at"]

    def __str__(self):
        return f"{self.member} on {self.page}"


# The co-signing workflow step and co-signatures live in their own module.
# Comments, suggested changes, follows and notices live in their own module.
from .draft_models import Comment, CommentReport, Follow, Notification, Suggestion  # noqa: E402,F401
from .workflow_models import CoSignature, CoSignTask  # noqa: E402,F401
