import copy

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.shortcuts import get_rendition_or_not_found

# Members write with the same few tools staff do: paragraphs, bold, links and lists.
MEMBER_TEXT_FEATURES = ["bold", "link", "ol", "ul"]


class CreditChoiceBlock(blocks.ChoiceBlock):
    choices = [
        ("full", _("Full name")),
        ("first", _("First name only")),
        ("anonymous", _("Anonymous")),
    ]


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.RichTextBlock(features=MEMBER_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "policies/blocks/section.html"


class AsksBlock(blocks.StructBlock):
    asks = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("What we are asking for"))

    class Meta:
        icon = "list-ul"
        label = _("What we are asking for")
        template = "policies/blocks/asks.html"


class LivedExperienceBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    name = blocks.CharBlock(required=False, max_length=120, label=_("Name"))
    credit = CreditChoiceBlock(default="anonymous", label=_("How to credit them"))

    class Meta:
        icon = "openquote"
        label = _("Lived experience")
        template = "policies/blocks/lived_experience.html"


# The one size a policy page shows its pictures at.
BODY_IMAGE_RENDITION = "width-800"


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """Fetches every picture in a body together with its ready-made rendition, in one query.
    Otherwise each picture costs a query of its own for its rendition when the page renders."""

    def bulk_to_python(self, values):
        renditions = (
            self.model_class.get_rendition_model()
            .objects.filter(image_id__in=values, filter_spec=BODY_IMAGE_RENDITION)
            .select_related("image")
        )
        images = {}
        for rendition in renditions:
            image = images.setdefault(rendition.image_id, rendition.image)
            image.prefetched_renditions = [*getattr(image, "prefetched_renditions", []), rendition]
        # Pictures never shown before have no rendition yet: fetch them, and the first view
        # makes the rendition.
        missing = [pk for pk in values if pk is not None and pk not in images]
        for image in super().bulk_to_python(missing):
            if image is not None:
                image.prefetched_renditions = []
                images[image.pk] = image
        # As Wagtail does: a picture used twice is two objects, so one never changes the other.
        seen = set()
        result = []
        for pk in values:
            image = images.get(pk)
            result.append(copy.copy(image) if image is not None and pk in seen else image)
            seen.add(pk)
        return result


class CaptionedImageBlock(blocks.StructBlock):
    image = PrefetchingImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alt text"),
        help_text=_("Describe the picture for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "policies/blocks/image.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        if value["image"]:
            context["rendition"] = get_rendition_or_not_found(value["image"], BODY_IMAGE_RENDITION)
        return context


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=80, label=_("Button text"))
    link = blocks.URLBlock(label=_("Link"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "policies/blocks/call_to_action.html"


class PolicyBodyBlock(blocks.StreamBlock):
    section = SectionBlock()
    asks = AsksBlock()
    lived_experience = LivedExperienceBlock()
    image = CaptionedImageBlock()
    call_to_action = CallToActionBlock()


# The size of Easy Read pictures; policies/includes/easy_read.html uses the same spec.
EASY_READ_PICTURE = "fill-160x160"


class EasyReadPictureBlock(ImageChooserBlock):
    """Fetches every picture of an Easy Read version with its rendition in one go, so a long
    Easy Read version costs no more queries than a short one."""

    def bulk_to_python(self, values):
        images = self.model_class.objects.prefetch_renditions(EASY_READ_PICTURE).in_bulk(
            [value for value in values if value]
        )
        return [images.get(value) for value in values]


class EasyReadSentenceBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        max_length=150,
        label=_("Sentence"),
        help_text=_("One short sentence in everyday words."),
    )
    # The sentence says what the picture shows, so the picture needs no alt text of its own.
    image = EasyReadPictureBlock(required=False, label=_("Picture"))

    class Meta:
        icon = "pilcrow"
        label = _("Easy Read sentence")


class EasyReadBlock(blocks.StreamBlock):
    sentence = EasyReadSentenceBlock()
