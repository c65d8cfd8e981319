from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_cosigning_log_actions(actions):
    actions.register_action("coproduce.cosign", _("Co-sign"), _("Co-signed"))
    actions.register_action(
        "coproduce.cosign.confirm", _("Confirm co-signature"), _("Confirmed co-signature")
    )
    actions.register_action(
        "coproduce.cosign.withdraw", _("Withdraw co-signature"), _("Withdrew co-signature")
    )
