from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django answers a 404 outside the language prefix with a redirect to /<lang>/…, which
    Wagtail's catch-all route always accepts. When the address did reach a view (the API, the
    members' area) and that view said 404, the 404 stands: /api/v2/policies/<draft>/ is a
    JSON 404, not a redirect to a web page."""

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None):
            return response
        return super().process_response(request, response)
