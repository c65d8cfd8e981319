"""How allauth fits the forum: its account emails go out through the background queue, like
every other email the site sends, in the member's own language; and staff land in the admin
after logging in."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils import translation

from .emails import deliver_rendered_email
from .roles import member_of, needs_second_factor


def _language_for(user):
    member = member_of(user) if user is not None else None
    return member.preferred_language if member else translation.get_language()


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Written now, inside the request; only the sending waits for the worker. People
        # who have not joined yet get the language they are reading the site in.
        request = allauth_context.request
        base = {"request": request, "email": email, "current_site": get_current_site(request)}
        with translation.override(_language_for(context.get("user"))):
            message = self.render_mail(template_prefix, email, base | context)
        deliver_rendered_email.enqueue(
            subject=message.subject, body=message.body, from_email=message.from_email, to=message.to
        )

    def get_login_redirect_url(self, request):
        if needs_second_factor(request.user):
            return reverse("wagtailadmin_home")
        return super().get_login_redirect_url(request)
