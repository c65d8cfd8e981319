"""The first jargon list, drawn from housing and policy writing. `seed_jargon` loads it
and is safe to run again: entries staff have changed or added are left alone."""

from django.contrib.auth.models import Group, Permission

from members_area.groups import COMMUNICATIONS, POLICY_TEAM

from .jargon import JargonTerm, forget_cached_glossaries

ENGLISH = [
    # Words that hide who does what
    ("facilitate", "help"),
    ("facilitating", "helping"),
    ("facilitation", "help"),
    ("co-production", "working together"),
    ("coproduction", "working together"),
    ("co-produce", "work out together"),
    ("co-productive", "done together"),
    ("collaborate", "work together"),
    ("collaboration", "working together"),
    ("stakeholders", "people involved"),
    ("stakeholder engagement", "talking with the people involved"),
    ("engagement", "involving people"),
    ("meaningful", "real"),
    ("process of change", "change"),
    ("empower", "give power to"),
    ("empowerment", "giving people power"),
    ("capacity building", "training"),
    ("synergy", "working together"),
    ("holistic", "whole"),
    ("paradigm", "model"),
    ("leverage", "use"),
    ("utilise", "use"),
    ("utilize", "use"),
    ("utilisation", "use"),
    ("implement", "carry out"),
    ("implementation", "carrying out"),
    ("mechanism", "way"),
    ("framework", "plan"),
    ("strategic", "long-term"),
    ("best practice", "what works best"),
    ("going forward", "from now on"),
    ("outcomes", "results"),
    ("deliverables", "what will be done"),
    ("key performance indicators", "targets"),
    ("KPIs", "targets"),
    ("prioritise", "put first"),
    ("optimise", "improve"),
    ("enhance", "improve"),
    ("robust", "strong"),
    ("sustainable", "lasting"),
    ("proactive", "acting early"),
    ("mitigate", "reduce"),
    ("mitigation", "reducing harm"),
    ("incentivise", "encourage"),
    ("dialogue", "talk"),
    ("articulate", "say"),
    ("signpost", "point to"),
    ("signposting", "pointing people to help"),
    ("hard-to-reach", "not often heard"),
    ("marginalised", "left out"),
    ("accountability", "being responsible"),
    ("consultation", "asking people"),
    # Formal words with everyday ones
    ("in receipt of", "getting"),
    ("commence", "start"),
    ("terminate", "end"),
    ("termination", "ending"),
    ("prior to", "before"),
    ("subsequent to", "after"),
    ("in accordance with", "under"),
    ("notwithstanding", "despite"),
    ("in the event of", "if"),
    ("with regard to", "about"),
    ("in relation to", "about"),
    ("pertaining to", "about"),
    ("endeavour", "try"),
    ("ascertain", "find out"),
    ("remuneration", "pay"),
    ("expenditure", "spending"),
    ("fiscal", "money"),
    ("in order to", "to"),
    ("a number of", "some"),
    ("the majority of", "most"),
    ("approximately", "about"),
    ("additional", "extra"),
    ("sufficient", "enough"),
    ("assistance", "help"),
    ("commensurate with", "matching"),
    ("aforementioned", "this"),
    ("hereinafter", "from now on"),
    ("thereof", "of it"),
    ("whilst", "while"),
    ("inter alia", "among other things"),
    ("in a timely manner", "quickly"),
    ("at this point in time", "now"),
    ("on a regular basis", "regularly"),
    ("in the near future", "soon"),
    ("with immediate effect", "now"),
    # Housing words
    ("tenure", "your tenancy"),
    ("arrears", "rent you owe"),
    ("rent arrears", "rent you owe"),
    ("dwelling", "home"),
    ("dwellings", "homes"),
    ("accommodation", "home"),
    ("domicile", "home"),
    ("registered social landlord", "housing association"),
    ("RSL", "housing association"),
    ("local authority", "council"),
    ("allocation", "how homes are given out"),
    ("allocations policy", "the rules for who gets a home"),
    ("void", "empty home"),
    ("voids", "empty homes"),
    ("decant", "move you out for a while"),
    ("decanting", "moving people out for a while"),
    ("under-occupancy", "having spare bedrooms"),
    ("possession proceedings", "going to court to evict"),
    ("notice to quit", "notice to leave"),
    ("disrepair", "repairs not done"),
    ("habitable", "fit to live in"),
    ("tolerable standard", "the basic standard for a home"),
    ("Scottish secure tenancy", "council or housing association tenancy"),
    ("private residential tenancy", "private tenancy"),
    ("rent pressure zone", "area with a rent cap"),
    ("affordability", "whether you can afford it"),
    ("temporary accommodation", "a short-term place to stay"),
    ("retrofit", "upgrade"),
    ("energy efficiency measures", "ways to save energy"),
    ("fuel poverty", "not being able to pay to heat your home"),
    ("reactive repairs", "repairs when something breaks"),
    ("planned maintenance", "planned repairs"),
    ("service charge", "charge for shared services"),
    ("property factor", "company that looks after shared parts"),
    ("tenant participation", "tenants having a say"),
    ("statutory", "by law"),
    ("statutory obligation", "legal duty"),
    ("legislation", "law"),
    ("regulatory", "about the rules"),
    ("compliance", "following the rules"),
    ("eligibility", "who can get it"),
    ("eligible", "able to get"),
    ("entitlement", "what you can get"),
    ("means-tested", "depends on your income"),
    ("discretionary housing payment", "extra help with rent from the council"),
    ("benefit cap", "limit on benefits"),
]

# Staff who write and review ideas keep the list.
EDITORS = [POLICY_TEAM, COMMUNICATIONS]


def seed_jargon():
    existing = {
        term.lower()
        for term in JargonTerm.objects.filter(language="en").values_list("term", flat=True)
    }
    JargonTerm.objects.bulk_create(
        [
            JargonTerm(term=term, alternative=alternative, language="en")
            for term, alternative in ENGLISH
            if term.lower() not in existing
        ]
    )
    forget_cached_glossaries()  # bulk_create sends no post_save
    permissions = Permission.objects.filter(
        content_type__app_label="policies",
        codename__in=["add_jargonterm", "change_jargonterm", "delete_jargonterm"],
    )
    for group in Group.objects.filter(name__in=EDITORS):
        group.permissions.add(*permissions)
