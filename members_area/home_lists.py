"""The lists on the members' home page. Each returns what the template loops over; the
drafting and workflow work fills them in (keep each to a fixed number of queries: the home
page has a test that its query count does not grow with the data)."""


def your_ideas(member):
    """Ideas this member writes or helped write, newest first."""
    return []


def ideas_to_cosign(member):
    """Ideas shared with the forum that wait for co-signatures, and which this member has
    not co-signed yet."""
    return []


def replies_to_you(member):
    """Recent comments answering this member."""
    return []
