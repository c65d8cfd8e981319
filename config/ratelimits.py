"""Named abuse limits, counted in the cache (Redis in production). A view takes a limit by
name, and the rates live in settings.RATE_LIMITS:

    @require_POST
    @limit("comment")
    def add_comment(request, page_id): ...

    # class-based views
    @method_decorator(limit("cosign"), name="dispatch")

Only actions are counted (POST and the other unsafe methods); reading a page never is. Beyond
a limit the view does not run at all, so nothing it would have done happens (a co-sign is
not counted), the visitor gets the friendly 429 page, and SecurityEventsMiddleware logs it.
"""

from functools import wraps

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import URLResolver
from django_ratelimit.core import is_ratelimited
from django_ratelimit.exceptions import Ratelimited

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


def limit_reached(request, name):
    """Count one attempt at `name` against each of its keys; True if any key is over its
    rate. Every key is counted even once one is over, so a flood shows on all of them."""
    over = [
        is_ratelimited(request, group=f"coproduce:{name}:{key}", key=key, rate=rate, increment=True)
        for key, rate in settings.RATE_LIMITS[name].items()
    ]
    if any(over):
        request.rate_limited_by = name
        return True
    return False


def limit(name):
    if name not in settings.RATE_LIMITS:
        raise ImproperlyConfigured(f"No rate limit named {name!r} in settings.RATE_LIMITS.")

    def decorator(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if request.method not in SAFE_METHODS and limit_reached(request, name):
                raise Ratelimited(name)
            return view(request, *args, **kwargs)

        return limited_view

    return decorator


def limit_views(urlpatterns, limits):
    """Put named limits on views inside a library's URLconf (Wagtail's sign-in forms and page
    passwords), found by URL name {url name: limit name}, looking inside includes too.
    Changes the patterns in place, as Wagtail's own decorate_urlpatterns does, and returns
    them for include()."""
    for pattern in urlpatterns:
        if isinstance(pattern, URLResolver):
            limit_views(pattern.url_patterns, limits)
        elif pattern.name in limits and not hasattr(pattern.callback, "coproduce_limit"):
            pattern.callback = limit(limits[pattern.name])(pattern.callback)
            pattern.callback.coproduce_limit = limits[pattern.name]
    return urlpatterns
