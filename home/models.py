from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from policies.models import PolicyIndexPage, published_policies

FEATURED_WHEN_NONE_CHOSEN = 3
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

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        policies = published_policies().filter(locale_id=self.locale_id)
        # Staff may have chosen the English originals: show them in this page's language.
        chosen = list(self.featured_policies.values_list("translation_key", flat=True))
        featured = list(policies.filter(translation_key__in=chosen)) if chosen else []
        if not featured:
            featured = list(policies[:FEATURED_WHEN_NONE_CHOSEN])
        context.update(
            featured_policies=featured,
            latest_policies=list(
                policies.exclude(pk__in=[p.pk for p in featured])[:LATEST_POLICIES_ON_HOME]
            ),
            policy_index=PolicyIndexPage.objects.child_of(self).live().first(),
        )
        return context
