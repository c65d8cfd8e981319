from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from policies.models import PolicyIndexPage, published_policies
from policies.routing import OneQueryChildRouteMixin

# With no policies chosen by staff, the newest few are featured.
FEATURED_BY_DEFAULT = 3
LATEST_POLICIES_ON_HOME = 6


class HomePage(OneQueryChildRouteMixin, Page):
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

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        policies = published_policies().filter(locale_id=self.locale_id)
        # Staff may have chosen the English originals: show them in this page's language.
        chosen = list(self.featured_policies.values_list("translation_key", flat=True))
        featured = list(policies.filter(translation_key__in=chosen)) if chosen else []
        recent = list(policies[: LATEST_POLICIES_ON_HOME + (len(featured) or FEATURED_BY_DEFAULT)])
        if not featured:
            featured, recent = recent[:FEATURED_BY_DEFAULT], recent[FEATURED_BY_DEFAULT:]
        context.update(
            featured_policies=featured,
            latest_policies=[p for p in recent if p not in featured][:LATEST_POLICIES_ON_HOME],
            policy_index=PolicyIndexPage.objects.child_of(self).live().first(),
        )
        return context
