"""What a strict CSP would block, or what would run if it were not there: found in HTML by
parsing it, for the template walk, the XSS corpus and the browser journeys."""

import re
from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
# Elements that never belong in a page we render from members' words or our own templates.
FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math"}


def _scheme_of(value):
    # Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
    return re.sub(r"[\x00-\x20]", "", value or "").lower()


class _Finder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        names = {name.lower(): value for name, value in attrs}
        if tag == "script" and not names.get("src") and names.get("type") != "application/json":
            self.problems.append("inline <script>")
        if tag == "style":
            self.problems.append("<style> block")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and (names.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        for name, value in names.items():
            if name.startswith("on"):
                self.problems.append(f"{name}= handler on <{tag}>")
            elif name == "style":
                self.problems.append(f"style= attribute on <{tag}>")
            elif name in URL_ATTRIBUTES and _scheme_of(value).startswith(BAD_SCHEMES):
                # The CSP allows data: images (img-src 'self' data:), nothing else.
                scheme = _scheme_of(value)
                if not (tag == "img" and name == "src" and scheme.startswith("data:")):
                    self.problems.append(f"{scheme[:11]} URL in {name}= on <{tag}>")

    handle_startendtag = handle_starttag


def unsafe_markup(html):
    """The list of problems in `html`; empty when it is safe under the site's CSP."""
    finder = _Finder()
    finder.feed(html)
    finder.close()
    return finder.problems


TEMPLATE_TAG = re.compile(r"{%.*?%}|{#.*?#}", re.S)
TEMPLATE_VARIABLE = re.compile(r"{{.*?}}", re.S)


def template_source_as_html(source):
    """A Django template's text with its tags taken out and its variables made harmless,
    so the HTML around them can be parsed."""
    return TEMPLATE_VARIABLE.sub("x", TEMPLATE_TAG.sub(" ", source))
