# Our named limits (config.ratelimits); sign-up and password reset are allauth's own
# (ACCOUNT_RATE_LIMITS, tested in tests/members_area/test_throttling.py). The CSP report
# endpoint has one too.
LIMITED_ACTIONS = [
    "login",
    "page_password",
    "comment",
    "cosign",
    "suggest",
    "report",
    "csp_report",
]
