from django.db.models import Prefetch, prefetch_related_objects
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
    """Fetches every picture in a body, with its ready-made rendition, in one go: otherwise
    each picture costs a query of its own when the page renders."""

    def bulk_to_python(self, values):
        images = super().bulk_to_python(values)
        renditions = self.model_class.get_rendition_model().objects.filter(
            filter_spec=BODY_IMAGE_RENDITION
        )
        prefetch_related_objects(
            [image for image in images if image is not None],
            Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"),
        )
        return images


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
