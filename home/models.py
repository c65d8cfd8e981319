from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

LATEST_POLICIES_ON_HOME = 6


class HomePage(Page):
    intro = models.TextField(_("welcome"), blank=True)
    how_to_join = models.TextField(_("how to join"), blank=True)
    featured_policies = ParentalManyToManyField(
        "policies.PolicyPage",
        blank=True,
        related_name="+",
        help_text=_("Leave empty to show the latest policies."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("how_to_join"),
        FieldPanel("featured_policies"),
    ]
    subpage_types = ["policies.PolicyIndexPage"]
    max_count = None

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from policies.models import PolicyIndexPage, PolicyPage

        context = super().get_context(request, *args, **kwargs)
        latest = (
            PolicyPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .order_by("-first_published_at", "-pk")
            .prefetch_related("topics")
        )
        # Featured ideas are chosen on the English home page and copied to its translations:
        # show each one in this page's language.
        featured = (
            PolicyPage.objects.live()
            .public()
            .filter(
                locale=self.locale,
                translation_key__in=self.featured_policies.values("translation_key"),
            )
            .prefetch_related("topics")
        )
        context["featured_policies"] = list(featured) or list(latest[:3])
        context["latest_policies"] = list(latest[:LATEST_POLICIES_ON_HOME])
        context["policy_index"] = PolicyIndexPage.objects.child_of(self).live().first()
        return context
