from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Credit(models.TextChoices):
    FULL_NAME = "full", _("My full name")
    FIRST_NAME = "first", _("My first name only")
    ANONYMOUS = "anonymous", _("Don't show my name")


class Member(models.Model):
    """A person in the forum. Staff decide who becomes a member; until then they are pending."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Member")
        DECLINED = "declined", _("Not approved")
        LEFT = "left", _("Left the forum")

    class Notify(models.TextChoices):
        IMMEDIATELY = "immediately", _("Straight away")
        DAILY = "daily", _("Once a day")
        NEVER = "never", _("Never")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member"
    )
    display_name = models.CharField(
        _("name to show"),
        max_length=60,
        help_text=_("Other members see this name. It can be a made-up name."),
    )
    preferred_language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    credit = models.CharField(
        _("how to credit me"), max_length=10, choices=Credit.choices, default=Credit.FIRST_NAME
    )
    about_renting = models.TextField(_("about your renting"), blank=True, max_length=1000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    notify = models.CharField(
        _("emails about your ideas"),
        max_length=12,
        choices=Notify.choices,
        default=Notify.IMMEDIATELY,
    )
    consented_at = models.DateTimeField(_("agreed to the privacy notice"), null=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Who decided on the application, and who signed the person up face to face (assisted
    # sign-up); kept so staff can see how each member joined.
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed up in person by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["display_name"]

    def __str__(self):
        return self.display_name

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED

    def credit_name(self, credit=None):
        """The name to print on a published page, as this member chose to be credited."""
        if self.status == self.Status.LEFT:
            return _("A former member")
        credit = credit or self.credit
        if credit == Credit.FULL_NAME:
            return self.user.get_full_name() or self.display_name
        if credit == Credit.FIRST_NAME:
            return self.user.first_name or self.display_name
        return _("A forum member")
