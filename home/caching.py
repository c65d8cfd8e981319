"""Whole-response caching of public pages for anonymous visitors.

A cached page is served before Wagtail's routing runs, so a busy policy page costs one cache
read and no database query. Any publish, unpublish or deletion of a page (a translation's
publication included) empties the "pages" cache at once: the home page and the index list
policies, so one publish can change many pages.
"""

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.cache import patch_cache_control
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

PRIVATE_PREFIXES = ("/admin/", "/members/", "/accounts/", "/documents/", "/api/")


def clear_public_page_cache(**kwargs):
    caches["pages"].clear()


receiver(page_published)(clear_public_page_cache)
receiver(page_unpublished)(clear_public_page_cache)
receiver(post_delete, sender=Page)(clear_public_page_cache)


def _cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path.startswith(PRIVATE_PREFIXES)
    )


def _cacheable_response(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Serve and store whole public responses for visitors without a session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request):
            return self.get_response(request)
        pages = caches["pages"]
        key = f"{request.get_host()}:{request.get_full_path()}"
        response = pages.get(key)
        if response is not None:
            response["X-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(request, response):
            # Shared caches (a CDN) may keep it too, and serve a stale copy while they refresh.
            patch_cache_control(response, public=True, s_maxage=seconds, stale_while_revalidate=60)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            pages.set(key, response, seconds)
            response["X-Cache"] = "miss"
        return response
