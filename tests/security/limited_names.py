# Every action the issue names must have a limit; the CSP report endpoint has one too.
LIMITED_ACTIONS = [
    "signup",
    "login",
    "password_reset",
    "page_password",
    "comment",
    "cosign",
    "suggest",
    "report",
    "csp_report",
]
