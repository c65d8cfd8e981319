from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the policy ideas"),
        help_text=_("Type a word or two, like “rent” or “repairs”."),
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "required": _("Type a word to search for, like “rent”."),
            "max_length": _("Search for fewer words: %(limit_value)d letters at most."),
        },
        widget=forms.TextInput(attrs={"type": "search"}),
    )

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())
