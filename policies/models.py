from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from members_area.models import Credit

from .blocks import PolicyBodyBlock
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


class PolicyIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["policies.PolicyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("policy index")

    def live_policies(self):
        return (
            PolicyPage.objects.live().public().child_of(self).order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        policies = self.live_policies().prefetch_related("topics")
        topic = None
        topic_slug = request.GET.get("topic")
        if topic_slug:
            topic = Topic.objects.filter(locale=self.locale, slug=topic_slug).first()
            if topic:
                policies = policies.filter(topics=topic)
        paginator = Paginator(policies, POLICIES_PER_PAGE)
        try:
            page_of_policies = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_of_policies = paginator.page(1)
        context.update(
            policies=page_of_policies,
            topics=Topic.objects.filter(locale=self.locale),
            current_topic=topic,
        )
        return context


class PolicyPage(Page):
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two plain sentences. At most 300 characters."),
    )
    body = StreamField(PolicyBodyBlock(), blank=True, verbose_name=_("body"))
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
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale"),
    ]
    parent_page_types = ["policies.PolicyIndexPage"]
    subpage_types = []

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
