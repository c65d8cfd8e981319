"""Panels for the PolicyPage editor in the Wagtail admin: plain words, and members' comments.

The plain-words panels score the page as it was last saved (the editor's instance), with the
same scorer members see while drafting (`policies.readability`)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, Panel

from .readability import TARGET_LIX, score_policy_page


class ReadabilityPanel(Panel):
    """The score of each section and of the whole page, with long sentences and jargon."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "policies/panels/readability_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(score_policy_page(self.instance), target=TARGET_LIX)
            return context


class AboveTargetPanel(Panel):
    """A warning at the top of the Content tab when the page is harder to read than our
    target. Reviewers (Communications at the last workflow step) see it where they approve;
    it never blocks publishing."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "policies/panels/above_target_panel.html"

        def is_shown(self):
            return score_policy_page(self.instance)["page"].above_target

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(score=score_policy_page(self.instance)["page"], target=TARGET_LIX)
            return context


# A tab on the policy idea's admin edit view where staff read members' comments, including
# the ones meant for staff only, hidden ones and reports.


class MemberCommentsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "policies/panels/member_comments.html"

        def get_context_data(self, parent_context=None):
            from .comments import comments_for_staff

            context = super().get_context_data(parent_context)
            page = self.instance
            context["comments"] = comments_for_staff(page) if page.pk else []
            context["members_url"] = (
                reverse("members_area:draft", args=[page.pk]) if page.pk else ""
            )
            return context

    @property
    def clean_name(self):
        return super().clean_name or "member_comments"


def members_comments_tab():
    return ObjectList([MemberCommentsPanel()], heading=_("Members' comments"))
