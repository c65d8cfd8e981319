"""How allauth fits the forum: its account emails go out through the background queue, like
every other email the site sends, and staff land in the admin after logging in."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse

from .emails import deliver_rendered_email
from .roles import needs_second_factor


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Written now, inside the request and in the language the person is reading in;
        # only the sending waits for the worker.
        request = allauth_context.request
        base = {"request": request, "email": email, "current_site": get_current_site(request)}
        message = self.render_mail(template_prefix, email, base | context)
        deliver_rendered_email.enqueue(
            subject=message.subject, body=message.body, from_email=message.from_email, to=message.to
        )

    def get_login_redirect_url(self, request):
        if needs_second_factor(request.user):
            return reverse("wagtailadmin_home")
        return super().get_login_redirect_url(request)
