from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language_from_path
from wagtail.models import Page, Site


def english_page_for(request):
    """On a missing page under another language (/pl/policies/some-idea/), the English page
    at the same address, if it is live: so a missing translation is never a dead end."""
    language = get_language_from_path(request.path_info)
    if not language or language == settings.LANGUAGE_CODE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = (
        Page.objects.filter(
            translation_key=site.root_page.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .specific()
        .first()
    )
    components = [part for part in request.path_info.split("/")[2:] if part]
    try:
        return root.route(request, components).page if root else None
    except Http404:
        return None


def page_not_found(request, exception=None):
    return render(request, "404.html", {"english_page": english_page_for(request)}, status=404)


def server_error(request):
    # Rendered without a request context on purpose: the error may have come from one.
    return render(request, "500.html", status=500)
