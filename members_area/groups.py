"""The forum's groups. Their names are used in code (workflow tasks, role checks)."""

from django.utils.translation import gettext_lazy as _

FORUM_MEMBERS = "Forum members"
POLICY_TEAM = "Policy team"
COMMUNICATIONS = "Communications"

GROUP_LABELS = {
    FORUM_MEMBERS: _("Forum members"),
    POLICY_TEAM: _("Policy team"),
    COMMUNICATIONS: _("Communications"),
}
