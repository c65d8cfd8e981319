import logging
from pathlib import Path

from django import forms
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

from config.honeypot import HoneypotMixin


class CommentForm(HoneypotMixin, forms.Form):
    text = forms.CharField()


def test_people_who_leave_it_empty_get_through():
    form = CommentForm(data={"text": "Rents are too high", "website": ""})
    assert form.is_valid()
    assert not form.caught_by_honeypot
    assert "website" not in {k for k, v in form.cleaned_data.items() if v}


def test_a_filled_honeypot_is_refused_quietly_and_logged(caplog):
    form = CommentForm(data={"text": "Buy cheap pills", "website": "http://spam.example"})
    with caplog.at_level(logging.WARNING, logger="coproduce.security"):
        assert not form.is_valid()
    assert form.caught_by_honeypot
    # A general message: nothing tells a bot which field gave it away.
    assert form.errors == {"__all__": ["Sorry, we could not send this. Please try again."]}
    assert "event=honeypot who=anonymous form=CommentForm" in caplog.text
    assert "spam.example" not in caplog.text and "pills" not in caplog.text


def test_the_field_is_hidden_by_a_class_not_by_style():
    form = CommentForm()
    html = render_to_string("includes/field.html", {"field": form["website"]})
    assert 'class="field honeypot"' in html
    assert "Leave this empty" in html
    assert 'autocomplete="off"' in html and 'tabindex="-1"' in html
    assert "style=" not in html
    # Django's own form rendering puts the class on the field's wrapper as well.
    assert 'class="honeypot"' in form.as_div()


def test_the_css_moves_it_off_screen():
    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    assert ".honeypot {" in css and "-999rem" in css


def test_ordinary_fields_keep_their_classes():
    html = render_to_string("includes/field.html", {"field": CommentForm()["text"]})
    assert 'class="field"' in html
