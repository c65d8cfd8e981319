from django import forms
from django.utils.translation import gettext_lazy as _

from members_area.models import Credit
from policies.workflow_models import STATEMENT_MAX_LENGTH


class CosignForm(forms.Form):
    statement = forms.CharField(
        label=_("Why I support this"),
        help_text=_("A sentence or two. Other members and staff will read it."),
        required=False,
        max_length=STATEMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    credit = forms.ChoiceField(
        label=_("How should we show your name if the idea is published?"),
        choices=Credit.choices,
        widget=forms.RadioSelect,
    )
