"""Forms members fill in: sign-up, login, profile, and deleting their account. Labels are in
plain words; every field says what the browser may fill in (`autocomplete`); no placeholders,
which vanish as people type."""

from allauth.account import forms as allauth_forms
from allauth.account.models import EmailAddress
from allauth.core import ratelimit
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.totp import forms as totp_forms
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from config.honeypot import HoneypotMixin
from policies.sanitise import clean_member_text

from .draft_forms import NOTHING_LEFT
from .membership import apply_to_join
from .models import Credit, Member

NEW_PASSWORD_HINT = _(
    "At least 8 characters. Not a common password, and not like your name or email address."
)


class PlainFieldsMixin:
    """allauth puts placeholders on its fields (hints belong above the box, where they stay)
    and lists the password rules as HTML; one plain sentence instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.pop("placeholder", None)
        if "password1" in self.fields:
            self.fields["password1"].help_text = NEW_PASSWORD_HINT


class LoginForm(PlainFieldsMixin, allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Email address")
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me logged in on this device")


class ResetPasswordForm(PlainFieldsMixin, allauth_forms.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(PlainFieldsMixin, allauth_forms.ResetPasswordKeyForm):
    pass


class ChangePasswordForm(PlainFieldsMixin, allauth_forms.ChangePasswordForm):
    pass


class ReauthenticateForm(PlainFieldsMixin, allauth_forms.ReauthenticateForm):
    pass


class AuthenticateForm(PlainFieldsMixin, mfa_forms.AuthenticateForm):
    pass


class MFAReauthenticateForm(PlainFieldsMixin, mfa_forms.ReauthenticateForm):
    pass


class ActivateTOTPForm(PlainFieldsMixin, totp_forms.ActivateTOTPForm):
    pass


def plain_words(value):
    """Names and other short member text are stored as plain text, markup taken out (the one
    sanitiser), so they are safe even where nothing escapes them, such as plain-text emails."""
    cleaned = clean_member_text(value)
    if value and not cleaned:
        raise forms.ValidationError(NOTHING_LEFT)
    return cleaned


class PlainWordsMixin:
    """Names and what members say about their renting, as plain words."""

    def clean_display_name(self):
        return plain_words(self.cleaned_data["display_name"])

    def clean_first_name(self):
        return plain_words(self.cleaned_data["first_name"])

    def clean_last_name(self):
        return plain_words(self.cleaned_data["last_name"])

    def clean_about_renting(self):
        return plain_words(self.cleaned_data["about_renting"])


def _text(label, autocomplete, max_length, help_text="", required=True):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        help_text=help_text,
        widget=forms.TextInput(attrs={"autocomplete": autocomplete}),
    )


class MembershipFieldsMixin(PlainWordsMixin, forms.Form):
    """What an application to join asks, whether the person signs up online or staff sign
    them up face to face."""

    display_name = _text(
        _("Name to show"),
        "nickname",
        60,
        _("Other members see this name. It can be a made-up name."),
    )
    first_name = _text(_("First name"), "given-name", 150, _("Only staff see your real name."))
    last_name = _text(_("Last name"), "family-name", 150)
    preferred_language = forms.ChoiceField(
        label=_("Which language do you want to use?"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )
    credit = forms.ChoiceField(
        label=_("When an idea you helped write is published, what name should it show?"),
        choices=Credit.choices,
        initial=Credit.FIRST_NAME,
        widget=forms.RadioSelect,
    )
    about_renting = forms.CharField(
        label=_("About your renting"),
        required=False,
        max_length=1000,
        help_text=_("For example: how long you have rented, or what you want to change."),
        widget=forms.Textarea(attrs={"rows": 4, "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = get_language()

    def membership_details(self):
        names = ("display_name", "preferred_language", "credit", "about_renting")
        return {name: self.cleaned_data[name] for name in names}


class SignupForm(HoneypotMixin, PlainFieldsMixin, MembershipFieldsMixin, allauth_forms.SignupForm):
    """Sign-up is open to anyone: a honeypot field catches the simple bots."""

    consent = forms.BooleanField(
        label=_("I have read the privacy notice and I agree to it"),
        error_messages={"required": _("Tick the box to say you agree to the privacy notice")},
    )
    field_order = [
        "display_name",
        "first_name",
        "last_name",
        "email",
        "password1",
        "preferred_language",
        "credit",
        "about_renting",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email address")
        self.fields["email"].help_text = _("We will send you an email to check it is yours.")

    def custom_signup(self, request, user):
        apply_to_join(user, **self.membership_details())


class AssistedSignupForm(MembershipFieldsMixin):
    """Staff fill this in with someone they met in person."""

    email = forms.EmailField(
        label=_("Their email address"),
        help_text=_("They will get an email to choose a password."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    consent = forms.BooleanField(
        label=_("They have heard or read the privacy notice, and they agreed to join the forum"),
        error_messages={"required": _("You can only sign someone up if they agreed")},
    )
    field_order = [
        "display_name",
        "first_name",
        "last_name",
        "email",
        "preferred_language",
        "credit",
        "about_renting",
        "consent",
    ]

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        taken = get_user_model().objects.filter(email__iexact=email).exists()
        if taken or EmailAddress.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Someone already has an account with this email"))
        return email


class ProfileForm(PlainWordsMixin, forms.ModelForm):
    class Meta:
        model = Member
        fields = ["display_name", "preferred_language", "credit", "notify"]
        labels = {
            "display_name": _("Name to show"),
            "preferred_language": _("Which language do you want to use?"),
            "credit": _("When an idea you helped write is published, what name should it show?"),
            "notify": _("When should we email you about your ideas?"),
        }
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "nickname"}),
            "preferred_language": forms.RadioSelect,
            "credit": forms.RadioSelect,
            "notify": forms.RadioSelect,
        }


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request, *args, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        # The same limit allauth puts on typing a password again (10 a minute).
        if not ratelimit.consume(self.request, action="reauthenticate", user=self.request.user):
            raise forms.ValidationError(_("Too many tries. Wait a minute, then try again."))
        if not self.request.user.check_password(password):
            raise forms.ValidationError(_("That is not your password. Try again."))
        return password
