from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.cache import never_cache
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views import account as wagtailadmin_account
from wagtail.documents import urls as wagtaildocs_urls

from config import views as site_views
from config.ratelimits import limit

urlpatterns = [
    # The Wagtail admin's own sign-in and password reset, under the same limits as the
    # members' ones (allauth limits only its own views). Same paths and names, matched first.
    path(
        "admin/login/",
        never_cache(limit("login")(wagtailadmin_account.LoginView.as_view())),
        name="wagtailadmin_login",
    ),
    path(
        "admin/password_reset/",
        never_cache(
            limit("password_reset")(wagtailadmin_account.PasswordResetView.as_view())
        ),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("members/", include("members_area.urls")),
    path("csp-report/", site_views.csp_report, name="csp_report"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language in the URL (/en/…, /pl/…), so a shared link opens in
# the language it was shared in. Wagtail's page routes come last: they match everything.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
handler429 = "config.views.too_many_requests"  # allauth looks for it here
