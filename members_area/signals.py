"""Two gaps allauth leaves, closed where allauth tells us something happened."""

from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.account.signals import password_reset
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.dispatch import receiver


@receiver(password_reset)
def reset_link_proves_the_email(sender, request, user, **kwargs):
    """The reset link reached the person through their email, so that address is theirs.
    People staff signed up in person choose their first password this way."""
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)


@receiver(authenticator_added)
def new_authenticator_counts_as_second_factor(sender, request, user, authenticator, **kwargs):
    """Setting up the app means typing a valid code from it, so this session has used a
    second factor, as if it had been asked for at login."""
    if authenticator.type == Authenticator.Type.TOTP:
        record_authentication(request, user, "mfa", type="totp", id=authenticator.pk)
