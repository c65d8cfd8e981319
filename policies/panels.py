"""A tab on the policy idea's admin edit view where staff read members' comments, including
the ones meant for staff only, hidden ones and reports."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


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
    from wagtail.admin.panels import ObjectList

    return ObjectList([MemberCommentsPanel()], heading=_("Members' comments"))
