"""Site-wide middleware: a LocaleMiddleware that lets real 404s stand; response headers (the
Content-Security-Policy, a Permissions-Policy, no caching of anything a signed-in person
sees); and the security log for refusals and throttling."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import add_never_cache_headers

from .security_log import log_event


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp enforces CONTENT_SECURITY_POLICY everywhere but its EXCLUDE_URL_PREFIXES (the
    Wagtail admin). It cannot limit the report-only copy to the admin, so that is done here:
    public and members' pages carry only the enforced policy.

    The admin's preview runs the page's front-end URL through the middleware again on a
    dummy request; that inner pass sets no policy, or the public frame-ancestors 'none'
    would stop the admin showing the preview. The outer, admin request sets the policy."""

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            return response
        if not request.path_info.startswith(settings.ADMIN_URL_PREFIX):
            response._csp_exempt_ro = True
        return super().process_response(request, response)


class PermissionsPolicyMiddleware:
    """Switches off browser features the site never uses (Django has no setting for this)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class NoStoreWhenSignedInMiddleware:
    """Nothing shown to a signed-in person is kept by a browser, proxy or CDN: the page may
    hold a draft, a private comment or their profile. This overrides any public caching a
    view asked for, because the same URL may be cached publicly for anonymous visitors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response


class SecurityEventsMiddleware:
    """Every refusal (403) and every throttled request (429) is logged once, here, whichever
    view, decorator or library (Wagtail, allauth, django-ratelimit) produced it."""

    EVENTS = {403: "permission_denied", 429: "throttled"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        event = self.EVENTS.get(response.status_code)
        if event:
            details = {}
            if event == "throttled":
                # Our named limits say which one; allauth's own limits leave it unnamed.
                details["limit"] = getattr(request, "rate_limited_by", "unnamed")
            log_event(event, request=request, **details)
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django answers a 404 outside the language prefix with a redirect to /<lang>/…, which
    Wagtail's catch-all route always accepts. When the address did reach a view (the API, the
    members' area) and that view said 404, the 404 stands: /api/v2/policies/<draft>/ is a
    JSON 404, not a redirect to a web page."""

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None):
            return response
        return super().process_response(request, response)
