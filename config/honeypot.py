"""A honeypot field for forms people fill in without signing in first (sign-up) or that
spam bots love (comments). People never see it: it is moved off screen by the `honeypot`
CSS class (not a style= attribute, which the CSP forbids), skipped by the Tab key, and
labelled "Leave this empty" for anyone whose browser shows it anyway. Bots fill it in.

    class SignupForm(HoneypotMixin, allauth.account.forms.SignupForm): ...

Render the field like any other (templates/includes/field.html puts the class on its
wrapper). A filled-in form is refused quietly: a general error with no word about the trap,
`form.caught_by_honeypot` is True (so a view may pretend all went well), and it is logged.
"""

from django import forms
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _

from .security_log import log_event

HONEYPOT_FIELD_NAME = "website"


class HoneypotBoundField(BoundField):
    def css_classes(self, extra_classes=None):
        return " ".join(filter(None, [super().css_classes(extra_classes), "honeypot"]))


class HoneypotField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Leave this empty"))
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"})
        )
        super().__init__(required=False, **kwargs)

    def get_bound_field(self, form, field_name):
        return HoneypotBoundField(form, self, field_name)


class HoneypotMixin:
    honeypot_field_name = HONEYPOT_FIELD_NAME

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_field_name] = HoneypotField()

    @property
    def caught_by_honeypot(self):
        return bool(self.is_bound and self.data.get(self.add_prefix(self.honeypot_field_name)))

    def clean(self):
        cleaned_data = super().clean()
        if self.caught_by_honeypot:
            log_event("honeypot", form=type(self).__name__)
            raise forms.ValidationError(
                _("Sorry, we could not send this. Please try again."), code="honeypot"
            )
        return cleaned_data
