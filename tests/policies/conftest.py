from tests.cosign_fixtures import (  # noqa: F401
    author,
    comms_officer,
    idea,
    policy_officer,
    staff_groups,
    workflow,
)
from tests.drafting_fixtures import coauthor, draft, lead, other  # noqa: F401
