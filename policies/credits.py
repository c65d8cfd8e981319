"""The names printed on a published policy, each the way that person chose to be credited."""


def author_credits(page):
    """The idea's authors, lead author first."""
    if page.pk is None:  # the admin's preview of an idea not yet saved
        return []
    authorships = page.authorships.select_related("member__user")
    return [authorship.member.credit_name(authorship.credit) for authorship in authorships]
