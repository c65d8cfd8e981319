"""The language switcher: for each language, where to send the reader.

A page links to its own live translation; where there is none, to that language's list of
ideas with a notice (?untranslated=1), so no language ends in a dead end. Other public
URLs (search, 404) keep their path under the new language prefix. Paths outside the
language prefixes (the members' area) change language through Django's set_language form.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import translation
from wagtail.models import Page

from home.models import HomePage
from policies.models import PolicyIndexPage

UNTRANSLATED_FLAG = "untranslated"


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str = ""
    current: bool = False
    # The page itself exists in this language (not a fallback to the list of ideas).
    translated: bool = False

    @property
    def direction(self):
        return "rtl" if translation.get_language_info(self.code)["bidi"] else "ltr"


@dataclass
class LanguageLinks:
    links: list
    # Live translations of this page, for <link rel="alternate" hreflang>: (code, full URL).
    alternates: list = field(default_factory=list)
    default_alternate: str = ""
    # True where the path has no language prefix: switch through a set_language form.
    use_form: bool = False

    @property
    def current(self):
        return next((link for link in self.links if link.current), None)


def _query_without_flag(request):
    query = request.GET.copy()
    query.pop(UNTRANSLATED_FLAG, None)
    return f"?{query.urlencode()}" if query else ""


def _with_flag(url):
    return f"{url}?{UNTRANSLATED_FLAG}=1"


def links_for_page(request, page, current):
    """Links for a Wagtail page, from ONE query: the live translations of the page and every
    live home and policy index, whatever the number of languages."""
    fallback_types = ContentType.objects.get_for_models(PolicyIndexPage, HomePage)
    candidates = (
        Page.objects.live()
        .filter(
            Q(translation_key=page.translation_key) | Q(content_type__in=fallback_types.values())
        )
        .select_related("locale")
        .order_by("path")
        .only("id", "url_path", "path", "translation_key", "content_type", "locale")
    )
    index_type = fallback_types[PolicyIndexPage].pk
    translations, fallbacks = {}, {}
    for candidate in candidates:
        code = candidate.locale.language_code
        if candidate.translation_key == page.translation_key:
            translations[code] = candidate
        # The policy index beats the home page; the first in tree order beats the rest.
        rank = 0 if candidate.content_type_id == index_type else 1
        if code not in fallbacks or rank < fallbacks[code][0]:
            fallbacks[code] = (rank, candidate)

    query = _query_without_flag(request)
    links = []
    for code, name in settings.LANGUAGES:
        link = LanguageLink(code, name, current=code == current)
        if code in translations:
            link.url = translations[code].get_url(request) + query
            link.translated = True
        elif code in fallbacks:
            link.url = _with_flag(fallbacks[code][1].get_url(request))
        else:
            link.url = _with_flag(f"/{code}/")
        links.append(link)

    alternates = [
        (code, translations[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = dict(alternates).get(settings.LANGUAGE_CODE, "")
    return LanguageLinks(links, alternates=alternates, default_alternate=default)


def links_for_path(request, current):
    """Links for any other URL: the same path under each language's prefix."""
    prefix = f"/{current}/"
    path = request.path
    if not path.startswith(prefix):
        links = [
            LanguageLink(code, name, current=code == current) for code, name in settings.LANGUAGES
        ]
        return LanguageLinks(links, use_form=True)
    rest = path[len(prefix) :]
    query = _query_without_flag(request)
    links = [
        LanguageLink(code, name, url=f"/{code}/{rest}{query}", current=code == current)
        for code, name in settings.LANGUAGES
    ]
    return LanguageLinks(links)


def language_links(request, page=None):
    current = translation.get_language()
    if request is None:
        return LanguageLinks(
            [LanguageLink(code, name, current=code == current) for code, name in settings.LANGUAGES]
        )
    # A page shown outside the language prefixes (an idea in the members' area) is not its
    # public URL: switch language on the same address, as for any members' page.
    if isinstance(page, Page) and page.pk and request.path.startswith(f"/{current}/"):
        return links_for_page(request, page, current)
    return links_for_path(request, current)
