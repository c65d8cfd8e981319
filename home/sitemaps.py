from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PublicSitemap(Sitemap):
    """Every live, public page of the site, in every language. Wagtail's own sitemap walks
    only the default language's tree; each translation of the home page roots another."""

    def items(self):
        pages = Page.objects.none()
        for home in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
