"""The interface speaks six languages: every catalogue is complete, and no template has
words a translator cannot reach."""

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

ROOT = Path(settings.BASE_DIR)
TEMPLATE_FOLDERS = ["home", "policies", "members_area", "templates"]
CATALOGUE_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# Attributes whose words people read or hear.
VISIBLE_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder", "aria-description"}
TEMPLATE_COMMENT = re.compile(r"{#.*?#}|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", re.S)
BLOCKTRANSLATE = re.compile(r"{%\s*blocktrans(late)?\b.*?%}.*?{%\s*endblocktrans(late)?\s*%}", re.S)
TEMPLATE_CODE = re.compile(r"{%.*?%}|{{.*?}}", re.S)
# Class names for <body>, not words people read.
BODY_CLASS = re.compile(r"{%\s*block body_class\s*%}.*?{%\s*endblock\s*%}", re.S)
# Code samples (<code>) and machine-read files are not prose.
NOT_PROSE_TAGS = ("script", "style", "code")
NOT_PROSE_FILES = ("robots.txt",)


def catalogue(code):
    return ROOT / "locale" / to_locale(code) / "LC_MESSAGES" / "django.po"


def missing_translations(po):
    """Entries a reader would see in English: empty, partly empty plurals, or fuzzy."""
    problems = []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        elif entry.msgid_plural:
            if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                problems.append(f"empty plural: {entry.msgid!r}")
        elif not entry.msgstr:
            problems.append(f"empty: {entry.msgid!r}")
    if po.metadata_is_fuzzy:
        problems.append("the header is marked fuzzy")
    return problems


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_catalogue_is_complete(code):
    path = catalogue(code)
    assert path.exists(), f"no catalogue for {code}: run `make catalogues`"
    po = polib.pofile(str(path))
    assert len(po) > 50, f"{path} looks empty"
    problems = missing_translations(po)
    assert not problems, f"{path}: fill these in, then `make messages`:\n" + "\n".join(problems)


def placeholders(text):
    return set(re.findall(r"%\(\w+\)s", text))


@pytest.mark.parametrize("code", CATALOGUE_LANGUAGES)
def test_catalogue_keeps_every_placeholder(code):
    """A translation that loses %(language)s or a {{ counter }} breaks the page. Plural
    forms for one or two may spell the number out; the last form keeps every placeholder."""
    po = polib.pofile(str(catalogue(code)))
    for entry in po.translated_entries():
        wanted = placeholders(entry.msgid)
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
            assert all(placeholders(form) <= wanted for form in forms), (code, entry.msgid)
            assert placeholders(forms[-1]) == wanted, (code, entry.msgid, forms[-1])
        else:
            assert placeholders(entry.msgstr) == wanted, (code, entry.msgid, entry.msgstr)


def test_the_check_notices_an_empty_and_a_fuzzy_entry():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Start a new idea", msgstr=""))
    po.append(polib.POEntry(msgid="Your ideas", msgstr="Twoje", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Co-sign", msgstr="Podpisz"))
    assert missing_translations(po) == ["empty: 'Start a new idea'", "fuzzy: 'Your ideas'"]


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.words, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in NOT_PROSE_TAGS:
            self.hidden += 1
        self.words += [value for name, value in attrs if name in VISIBLE_ATTRIBUTES and value]

    def handle_endtag(self, tag):
        if tag in NOT_PROSE_TAGS:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.words.append(data)


def has_letters(text):
    return any(unicodedata.category(char).startswith("L") for char in text)


def unmarked_text(source):
    """Words in a template that are not inside {% translate %} or {% blocktranslate %}."""
    source = TEMPLATE_COMMENT.sub(" ", source)
    source = BLOCKTRANSLATE.sub(" ", source)
    source = BODY_CLASS.sub(" ", source)
    source = TEMPLATE_CODE.sub(" ", source)
    parser = VisibleText()
    parser.feed(source)
    parser.close()
    return [text.strip() for text in parser.words if has_letters(text)]


def templates():
    for folder in TEMPLATE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if (
                path.suffix in (".html", ".txt")
                and "templates" in path.parts
                and path.name not in NOT_PROSE_FILES
            ):
                yield path


def test_every_template_marks_its_words_for_translation():
    found = {
        str(path.relative_to(ROOT)): words
        for path in templates()
        if (words := unmarked_text(path.read_text()))
    }
    assert not found, f"wrap these in {{% translate %}} or {{% blocktranslate %}}: {found}"


def test_the_scanner_finds_unmarked_words_and_ignores_marked_ones():
    source = """{% load i18n %}<h1>{% translate "Your ideas" %}</h1>
      <p>{% blocktranslate with n=count %}{{ n }} ideas{% endblocktranslate %}
      · {{ idea.title }}</p>
      <img alt="A cat" src="x.png"><button aria-label="{% translate 'Close' %}">×</button>
      {# A note for developers #}<p>Start a new idea</p>"""
    assert unmarked_text(source) == ["A cat", "Start a new idea"]
