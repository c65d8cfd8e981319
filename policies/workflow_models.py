"""The co-signing step of the editorial workflow, and the co-signatures members give."""

from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from members_area.models import Credit
from members_area.roles import is_policy_staff, is_staff_member

STATEMENT_MAX_LENGTH = 500


class CoSignTask(Task):
    """Forum members co-sign the idea; it moves on by itself once `threshold` have.

    Members can't change the text while it waits here (staff can). Policy staff may approve
    early (an override) or ask for changes from the admin."""

    threshold = models.PositiveSmallIntegerField(
        _("co-signatures needed"),
        default=5,
        validators=[MinValueValidator(1)],
        help_text=_("The idea moves on to the next step when this many members have co-signed."),
    )

    admin_form_fields = Task.admin_form_fields + ["threshold"]

    class Meta:
        verbose_name = _("Forum co-signing task")
        verbose_name_plural = _("Forum co-signing tasks")

    def start(self, workflow_state, user=None):
        from .cosigning import open_cosigning_round

        task_state = super().start(workflow_state, user=user)
        open_cosigning_round(task_state, self)
        return task_state

    def locked_for_user(self, obj, user):
        return not is_staff_member(user)

    def user_can_access_editor(self, obj, user):
        return is_staff_member(user)

    def get_actions(self, obj, user):
        if not is_policy_staff(user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve without waiting for more co-signatures"), True),
        ]

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        # Members co-signing may be approving this same task state at this moment: take the
        # row lock they take, and act only if it is still waiting.
        task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            return None
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if is_policy_staff(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    @classmethod
    def get_description(cls):
        return _("Forum members co-sign the idea. It moves on when enough of them have.")


class CoSignature(models.Model):
    """One member standing behind one idea. A member co-signs an idea at most once.

    `cosigning_round` is the co-signing task state this support counts in. When the authors
    change the idea and send it again, a new round starts: earlier co-signers count again once
    they confirm the new version."""

    page = models.ForeignKey(
        "policies.PolicyPage", on_delete=models.CASCADE, related_name="cosignatures"
    )
    member = models.ForeignKey(
        "members_area.Member", on_delete=models.CASCADE, related_name="cosignatures"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text=_("The version of the idea this member signed or last confirmed."),
    )
    cosigning_round = models.ForeignKey(
        "wagtailcore.TaskState", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    statement = models.CharField(
        _("Why I support this"), max_length=STATEMENT_MAX_LENGTH, blank=True
    )
    credit = models.CharField(
        _("how to credit me"), max_length=10, choices=Credit.choices, default=Credit.FIRST_NAME
    )
    signed_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("co-signature")
        verbose_name_plural = _("co-signatures")
        constraints = [
            models.UniqueConstraint(fields=["page", "member"], name="one_cosignature_per_member"),
        ]
        ordering = ["signed_at", "pk"]

    def __str__(self):
        return f"{self.member} for {self.page}"

    def counts_in(self, cosigning_round):
        return cosigning_round is not None and self.cosigning_round_id == cosigning_round.pk
