from allauth.account.views import LoginView
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config import views as site_views
from config.ratelimits import limit_views
from home.sitemaps import PublicSitemap
from policies import views as policy_views
from policies.api import api_router

# allauth limits only its own views. Wagtail's front-end sign-in form and the passwords on
# private pages and documents get limits too. (The admin's sign-in is allauth's own, below,
# and Wagtail's password reset is switched off: WAGTAIL_PASSWORD_RESET_ENABLED.)
WAGTAIL_LIMITS = {
    "wagtailcore_login": "login",
    "wagtailcore_authenticate_with_password": "page_password",
    "wagtaildocs_authenticate_with_password": "page_password",
}

urlpatterns = [
    # Wagtail's own login would skip allauth's throttling and second factor: the same
    # allauth login answers here (Wagtail sends people to it through WAGTAILADMIN_LOGIN_URL).
    path("admin/login/", LoginView.as_view(), name="admin_login"),
    path("admin/", include(limit_views(wagtailadmin_urls.urlpatterns, WAGTAIL_LIMITS))),
    path("accounts/", include("allauth.urls")),
    path("documents/", include(limit_views(wagtaildocs_urls.urlpatterns, WAGTAIL_LIMITS))),
    path("members/", include("members_area.urls")),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
    # set_language: the language switcher's form on pages without a language prefix.
    path("i18n/", include("django.conf.urls.i18n")),
    path("csp-report/", site_views.csp_report, name="csp_report"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language in the URL (/en/…, /pl/…), so a shared link opens in
# the language it was shared in. Wagtail's page routes come last: they match everything.
urlpatterns += i18n_patterns(
    path("search/", policy_views.search, name="search"),
    path("", include(limit_views(wagtail_urls.urlpatterns, WAGTAIL_LIMITS))),
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
handler429 = "config.views.too_many_requests"  # allauth looks for it here
