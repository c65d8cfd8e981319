"""Forms for writing ideas together. Sections are a formset so the whole thing works
without JavaScript: buttons add, remove and move sections by sending the form back."""

from django import forms
from django.utils.translation import gettext_lazy as _

from config.honeypot import HoneypotMixin
from policies.draft_models import COMMENT_MAX_LENGTH, REASON_MAX_LENGTH
from policies.member_text import text_to_html
from policies.sanitise import clean_member_text

TITLE_MAX_LENGTH = 120
SUMMARY_MAX_LENGTH = 300
HEADING_MAX_LENGTH = 120
SECTION_MAX_LENGTH = 10_000
MAX_SECTIONS = 30

TAKE_CHOICES = [
    ("mine", _("Keep the text in the box (yours, or both put together)")),
    ("theirs", _("Use their text instead")),
]

TEXT_HELP = _("Leave an empty line between paragraphs.")


NOTHING_LEFT = _("Write this in words: code and web page markup are taken out")


def words_left(value, clean=clean_member_text):
    """Text that is only markup is empty once cleaned; say so rather than store nothing."""
    if value and not clean(value):
        raise forms.ValidationError(NOTHING_LEFT)
    return value


class IdeaForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        help_text=_("A few words that say what your idea is."),
        error_messages={"required": _("Give your idea a title")},
    )
    summary = forms.CharField(
        label=_("Your idea in one sentence"),
        max_length=SUMMARY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say what your idea is in one sentence")},
    )
    # The version this form started from, so saving can merge with others' changes.
    base_revision = forms.IntegerField(required=False, widget=forms.HiddenInput)
    title_take = forms.ChoiceField(
        label=_("Which title?"), choices=TAKE_CHOICES, required=False, widget=forms.RadioSelect
    )
    summary_take = forms.ChoiceField(
        label=_("Which sentence?"), choices=TAKE_CHOICES, required=False, widget=forms.RadioSelect
    )

    def clean_title(self):
        return words_left(self.cleaned_data["title"])

    def clean_summary(self):
        return words_left(self.cleaned_data["summary"])


class SectionForm(forms.Form):
    block_id = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    heading = forms.CharField(
        label=_("Heading"),
        max_length=HEADING_MAX_LENGTH,
        error_messages={"required": _("Give this section a heading")},
    )
    text = forms.CharField(
        label=_("Text"),
        max_length=SECTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write something in this section, or remove it")},
    )
    take = forms.ChoiceField(
        label=_("Which text?"), choices=TAKE_CHOICES, required=False, widget=forms.RadioSelect
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # static/js/readability.js updates this section's plain-words note as people type.
        self.fields["text"].widget.attrs["data-readability"] = self.readability_note_id

    @property
    def readability_note_id(self):
        return f"{self.prefix}-readability"

    def clean_heading(self):
        return words_left(self.cleaned_data["heading"])

    def clean_text(self):
        return words_left(self.cleaned_data["text"], clean=text_to_html)


class BaseSectionFormSet(forms.BaseFormSet):
    def get_form_kwargs(self, index):
        # A section left completely empty is skipped rather than an error.
        return {**super().get_form_kwargs(index), "empty_permitted": True}

    def clean(self):
        if any(self.errors):
            return
        if not any(
            form.cleaned_data.get("text", "").strip()
            for form in self.forms
            if not form.cleaned_data.get("DELETE")
        ):
            raise forms.ValidationError(_("Write at least one section"))


SectionFormSet = forms.formset_factory(
    SectionForm,
    formset=BaseSectionFormSet,
    extra=0,
    can_delete=True,
    max_num=MAX_SECTIONS,
    validate_max=True,
    absolute_max=MAX_SECTIONS,
)


class CommentForm(HoneypotMixin, forms.Form):
    """Spam bots love comment boxes: a honeypot field catches the simple ones."""

    text = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write your comment")},
    )
    staff_only = forms.BooleanField(
        label=_("Only staff can see this"),
        required=False,
        help_text=_("Tick this if you don't want other members to read it."),
    )
    block_id = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def clean_text(self):
        return words_left(self.cleaned_data["text"])


class CommentEditForm(forms.Form):
    text = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write your comment")},
    )

    def clean_text(self):
        return words_left(self.cleaned_data["text"])


class SuggestionForm(forms.Form):
    text = forms.CharField(
        label=_("Your suggested text"),
        max_length=SECTION_MAX_LENGTH,
        help_text=TEXT_HELP,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={"required": _("Write the text you suggest")},
    )

    def clean_text(self):
        return words_left(self.cleaned_data["text"], clean=text_to_html)


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why not? The person who suggested it will see this."),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Say why, so they understand")},
    )


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("What is wrong with this comment?"),
        max_length=REASON_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class MemberSearchForm(forms.Form):
    q = forms.CharField(label=_("Their name on the forum"), max_length=60, required=False)
