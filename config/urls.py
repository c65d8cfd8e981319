from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("members/", include("members_area.urls")),
    # set_language: the language switcher's form on pages without a language prefix.
    path("i18n/", include("django.conf.urls.i18n")),
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
