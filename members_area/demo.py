"""Groups, staff and members for `seed_demo`, with known development passwords.

Staff need a second factor for the admin. In development every demo staff account shares
one authenticator key, DEMO_TOTP_SECRET: add it to any authenticator app, or print the
current code with `manage.py demo_totp_code`."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission

from .groups import COMMUNICATIONS, FORUM_MEMBERS, POLICY_TEAM
from .models import Credit, Member

DEMO_PASSWORD = "coproduce-demo-2026"
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPCOPRODUCEDEMO222"

# Page permissions per staff group. Policy staff edit and review; Communications also
# publish and send pages for translation.
PAGE_PERMISSIONS = {
    POLICY_TEAM: ["add_page", "change_page", "lock_page", "unlock_page"],
    COMMUNICATIONS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
MODEL_PERMISSIONS = {
    POLICY_TEAM: [
        ("wagtailadmin", "access_admin"),
        ("policies", "add_topic"),
        ("policies", "change_topic"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
    ],
    COMMUNICATIONS: [
        ("wagtailadmin", "access_admin"),
        ("policies", "add_topic"),
        ("policies", "change_topic"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtail_localize", "submit_translation"),
    ],
}

STAFF = [
    # email, first, last, group (None for the superuser)
    ("admin@coproduce.example", "Ada", "Admin", None),
    ("policy@coproduce.example", "Priya", "Shah", POLICY_TEAM),
    ("comms@coproduce.example", "Callum", "Fraser", COMMUNICATIONS),
]

MEMBERS = [
    # email, first, last, display name, language, credit, status
    ("morag@coproduce.example", "Morag", "Campbell", "Morag", "en", Credit.FIRST_NAME, "approved"),
    ("aisha@coproduce.example", "Aisha", "Khan", "Aisha K", "ur", Credit.FULL_NAME, "approved"),
    ("piotr@coproduce.example", "Piotr", "Nowak", "Piotr", "pl", Credit.FULL_NAME, "approved"),
    ("jamie@coproduce.example", "Jamie", "Reid", "Sky", "en", Credit.ANONYMOUS, "approved"),
    ("layla@coproduce.example", "Layla", "Hassan", "Layla", "ar", Credit.FIRST_NAME, "approved"),
    ("wei@coproduce.example", "Wei", "Chen", "Wei", "zh-hans", Credit.FIRST_NAME, "approved"),
    (
        "eilidh@coproduce.example",
        "Eilidh",
        "MacLeod",
        "Eilidh",
        "gd",
        Credit.FIRST_NAME,
        "approved",
    ),
    ("tom@coproduce.example", "Tom", "Baird", "Tom B", "en", Credit.FIRST_NAME, "approved"),
    ("new@coproduce.example", "Kerry", "Brown", "Kerry", "en", Credit.FIRST_NAME, "pending"),
]


def seed_groups(policy_index):
    groups = {
        name: Group.objects.get_or_create(name=name)[0]
        for name in (FORUM_MEMBERS, POLICY_TEAM, COMMUNICATIONS)
    }
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=policy_index,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    for name, perms in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(
            *[
                Permission.objects.get(content_type__app_label=app, codename=code)
                for app, code in perms
            ]
        )
    return groups


def _user(email, first, last, **extra):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=email, defaults={"email": email, "first_name": first, "last_name": last, **extra}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    # Demo emails count as confirmed, so the accounts can log in straight away.
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _demo_authenticator(user):
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)


def seed_people(groups):
    people = {}
    for email, first, last, group in STAFF:
        user = _user(email, first, last, is_staff=group is None, is_superuser=group is None)
        if group:
            user.groups.add(groups[group])
        _demo_authenticator(user)
        people[email] = user
    for email, first, last, display, language, credit, status in MEMBERS:
        user = _user(email, first, last)
        Member.objects.get_or_create(
            user=user,
            defaults={
                "display_name": display,
                "preferred_language": language,
                "credit": credit,
                "status": status,
                "consented_at": timezone.now(),
            },
        )
        if status == "approved":
            user.groups.add(groups[FORUM_MEMBERS])
        people[email] = user
    return people
