"""Plain-words panels for the PolicyPage editor in the Wagtail admin.

They score the page as it was last saved (the editor's instance), with the same scorer
members see while drafting (`policies.readability`)."""

from wagtail.admin.panels import Panel

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
