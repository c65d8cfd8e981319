from django import template

from policies.cosigning import publication_credits
from policies.stages import stage_of

register = template.Library()


@register.inclusion_tag("policies/includes/stage.html")
def idea_stage(page):
    """`{% idea_stage page %}`: where one idea stands. For lists, use stages_of()."""
    return {"stage": stage_of(page)}


@register.inclusion_tag("policies/includes/cosigners.html")
def cosigner_credits(page):
    return {"names": publication_credits(page)}
