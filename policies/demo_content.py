"""The demo policy ideas: real, plainly written ideas about private renting in Scotland."""

from django.utils.translation import gettext_noop as _

TOPICS = [
    ("money", "Money and rent"),
    ("repairs", "Repairs and safety"),
    ("moving", "Moving in and out"),
    ("rights", "Your rights"),
]

POLICIES = [
    {
        "slug": "cap-rent-rises",
        "title": "Stop big rent rises",
        "summary": "Rent should not go up by more than inflation in one year, so people can stay in their homes.",
        "topics": ["money", "rights"],
        "sections": [
            (
                "What is wrong",
                "<p>Many of us had our rent go up by a lot in one go. Some of us had to move away from our school, our job or our family because we could not pay.</p>",
            ),
            (
                "What we want",
                "<p>A rent rise should be <b>no more than inflation</b>, once a year. The landlord must tell you in writing, three months before.</p><ul><li>One rise a year at most.</li><li>Three months' notice, in writing.</li><li>A free, simple way to challenge it.</li></ul>",
            ),
        ],
        "asks": [
            "Cap yearly rent rises at inflation",
            "Give three months' written notice of any rise",
            "Make it free to challenge a rise",
        ],
        "quote": (
            "My rent went up £150 a month with four weeks' notice. I had to move my kids to a new school.",
            "Morag Campbell",
            "first",
        ),
    },
    {
        "slug": "repairs-done-on-time",
        "title": "Get repairs done on time",
        "summary": "Landlords should fix problems within set times, and tenants should be able to get help fast when they don't.",
        "topics": ["repairs", "rights"],
        "sections": [
            (
                "What is wrong",
                "<p>A broken boiler, a leaking roof or a door that will not lock can take months to fix. Some of us are scared to ask in case we are asked to leave.</p>",
            ),
            (
                "What we want",
                "<p>Clear time limits for repairs:</p><ul><li>Urgent things, like no heating or no water: <b>within 24 hours</b>.</li><li>Other repairs: within 28 days.</li></ul><p>If the landlord does not act, the council should step in and send the landlord the bill.</p>",
            ),
        ],
        "asks": [
            "Urgent repairs within 24 hours",
            "Other repairs within 28 days",
            "Councils can fix it and charge the landlord",
        ],
        "quote": (
            "We had no hot water for five weeks in winter. The agent kept saying someone was coming.",
            "",
            "anonymous",
        ),
    },
    {
        "slug": "end-damp-and-mould",
        "title": "End damp and mould in rented homes",
        "summary": "No one should live with damp and mould. Landlords must find the cause and fix it, not just paint over it.",
        "topics": ["repairs"],
        "sections": [
            (
                "What is wrong",
                "<p>Damp and mould make people ill, most of all children and people with asthma. Too often we are told to open a window, and the landlord paints over it.</p>",
            ),
            (
                "What we want",
                "<p>When a tenant reports damp, the landlord must have it checked within 14 days and fix the cause. Tenants should never be blamed for normal living, like cooking and drying clothes.</p>",
            ),
        ],
        "asks": [
            "Check reported damp within 14 days",
            "Fix the cause, not the stain",
            "Stop blaming tenants for everyday living",
        ],
        "quote": (
            "My daughter's asthma got much worse. The mould came back every time they painted over it.",
            "Aisha Khan",
            "full",
        ),
    },
    {
        "slug": "protect-deposits",
        "title": "Make deposits fair",
        "summary": "Getting your deposit back should be quick and fair, and you should not need two deposits to move.",
        "topics": ["money", "moving"],
        "sections": [
            (
                "What is wrong",
                "<p>To move, you often need a new deposit before the old one comes back. That is hard for anyone on a low income.</p>",
            ),
            (
                "What we want",
                "<p>Deposits should be returned within 14 days. A tenant should be able to move their deposit straight to a new home. Any money kept back must be shown with photos and receipts.</p>",
            ),
        ],
        "asks": [
            "Deposits back within 14 days",
            "Let deposits move with you",
            "Show proof for any money kept back",
        ],
        "quote": (
            "I slept on a friend's sofa for a month because I could not pay two deposits at once.",
            "Jamie Reid",
            "first",
        ),
    },
    {
        "slug": "longer-notice-to-leave",
        "title": "More time when you are asked to leave",
        "summary": "Tenants should get at least six months' notice to leave, so they can find a new home without becoming homeless.",
        "topics": ["rights", "moving"],
        "sections": [
            (
                "What is wrong",
                "<p>Finding a home you can afford takes time. With short notice, some people end up homeless or in a place that is not safe.</p>",
            ),
            (
                "What we want",
                "<p>At least <b>six months' notice</b> for anyone who has lived in a home for over six months. Help from the council should start on the day the notice arrives, not the day you leave.</p>",
            ),
        ],
        "asks": ["Six months' notice to leave", "Council help starts when notice arrives"],
        "quote": (
            "I left care at 18 and was given eight weeks to leave my first flat. I had nowhere to go.",
            "",
            "anonymous",
        ),
    },
    {
        "slug": "no-letting-agent-fees",
        "title": "No hidden letting agent fees",
        "summary": "It is already against the law for letting agents to charge tenants fees. We want it enforced, and money paid back fast.",
        "topics": ["money", "rights"],
        "sections": [
            (
                "What is wrong",
                "<p>Some agents still ask for 'admin fees', 'reference fees' or 'holding fees'. Many tenants do not know these are not allowed.</p>",
            ),
            (
                "What we want",
                "<p>Agents must show a clear notice: <b>you do not have to pay any fees</b>. Tenants should get a simple form to claim money back, and agents who break the rules should lose their registration.</p>",
            ),
        ],
        "asks": [
            "A clear 'no fees' notice in every agent's office and website",
            "A simple way to claim fees back",
            "Agents who charge fees lose their registration",
        ],
        "quote": (
            "I paid £200 for a 'reference check'. I found out later it was not allowed.",
            "Piotr Nowak",
            "full",
        ),
    },
]

# Marked so the words of the demo index are in the catalogues too.
INDEX_INTRO = _("Ideas written by people who rent, to make renting fairer in Scotland.")
HOME_INTRO = _(
    "We are private tenants. We write ideas together to make renting fairer, "
    "and the charity takes them to the people who make the rules."
)
HOW_TO_JOIN = _(
    "Anyone who rents a home in Scotland can join. Tell us a little about you, and we "
    "will get back to you within a week."
)
