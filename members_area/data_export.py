"""'Download my data': everything the site holds about one member, as JSON.

Each app that stores something about members adds a section:

    from members_area.data_export import export_section

    @export_section("comments")
    def comments(member):
        return [{"idea": c.page.title, "text": c.text, "written": c.created_at} for c in ...]

A section gets the Member and returns JSON-ready data (dates are fine) about that member
only."""

from django.utils import timezone

_sections = {}


def export_section(name):
    def register(function):
        _sections[name] = function
        return function

    return register


def export_member_data(member):
    data = {"exported_at": timezone.now()}
    for name, function in _sections.items():
        data[name] = function(member)
    return data


@export_section("account")
def account(member):
    user = member.user
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": [
            {"email": address.email, "confirmed": address.verified, "main": address.primary}
            for address in user.emailaddress_set.all()
        ],
    }


@export_section("membership")
def membership(member):
    return {
        "name_to_show": member.display_name,
        "language": member.preferred_language,
        "credit": member.credit,
        "about_renting": member.about_renting,
        "status": member.status,
        "emails_about_ideas": member.notify,
        "agreed_to_privacy_notice": member.consented_at,
        "applied": member.created_at,
        "decided": member.reviewed_at,
        "signed_up_in_person": member.registered_by_id is not None,
    }
