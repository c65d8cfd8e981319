import uuid

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from home.models import HomePage
from members_area.models import Member
from policies.models import JargonTerm, PolicyIndexPage, PolicyPage, Topic

PASSWORD = "a-long-test-password-1"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    username = factory.SelfAttribute("email")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)
        if create:
            self.save()


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Member {n}")
    status = Member.Status.APPROVED
    consented_at = factory.Faker("date_time", tzinfo=__import__("datetime").UTC)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Welcome"
    slug = "home"
    intro = "Renters writing ideas together."


class PolicyIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PolicyIndexPage

    title = "Policy ideas"
    slug = "policies"


def section(heading, text):
    return {"type": "section", "id": str(uuid.uuid4()), "value": {"heading": heading, "text": text}}


class PolicyPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PolicyPage

    title = factory.Sequence(lambda n: f"Policy idea {n}")
    slug = factory.Sequence(lambda n: f"policy-idea-{n}")
    summary = "Rent should be fair and homes should be safe."
    body = factory.LazyFunction(
        lambda: [
            section("What is wrong", "<p>Rents went up too fast.</p>"),
            section("What we want", "<p>A cap on <b>rent rises</b>.</p>"),
        ]
    )


class JargonTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JargonTerm

    term = factory.Sequence(lambda n: f"jargonword{n}")
    alternative = "plain word"
    language = "en"


def easy_read_sentence(text, image=None):
    return {
        "type": "sentence",
        "id": str(uuid.uuid4()),
        "value": {"text": text, "image": image.pk if image else None},
    }


# --- The public site (issue 3) ---


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Photo {n}")


def image_block(image, alt_text="Tenants at a forum meeting", caption=""):
    return {
        "type": "image",
        "id": str(uuid.uuid4()),
        "value": {"image": image.pk, "alt_text": alt_text, "caption": caption},
    }


def page_link(page, text):
    """Rich text linking to a page, as Wagtail stores it."""
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def publish(page, user=None):
    """Publish the way staff do, through a revision, so the publishing dates are set."""
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def published_policy(index, topics=(), **kwargs):
    page = PolicyPageFactory(parent=index, live=False, **kwargs)
    page.topics.set(topics)
    return publish(page)


def draft_policy(index, **kwargs):
    """A policy idea that has never been published: only a revision, and live=False."""
    page = PolicyPageFactory(parent=index, live=False, **kwargs)
    page.save_revision()
    return page


def translate(page, language_code):
    """A published translation of `page` (and of its parents, where missing)."""
    translation = page.copy_for_translation(
        Locale.objects.get(language_code=language_code), copy_parents=True
    )
    for ancestor in translation.get_ancestors().filter(depth__gt=1, live=False).specific():
        publish(ancestor)
    return publish(translation.specific)


class AuthorshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "policies.Authorship"

    member = factory.SubFactory(MemberFactory)
    is_lead = True


def shared_idea(parent, author, **kwargs):
    """A draft idea written by `author` (a Member), shared with the forum, with a revision."""
    from django.utils import timezone

    page = PolicyPageFactory(
        parent=parent, live=False, shared_with_forum=True, shared_at=timezone.now(), **kwargs
    )
    AuthorshipFactory(page=page, member=author)
    page.save_revision(user=author.user)
    return page


def draft_by(member, index, title="Fair rents", summary="Rents should rise slowly.", sections=None):
    """An unpublished idea started by `member`, made the way the members' area makes it."""
    from policies.drafting import start_idea

    sections = sections or [
        {"heading": "What is wrong", "text": "Rents went up too fast."},
        {"heading": "What we want", "text": "A cap on rent rises."},
    ]
    return start_idea(member, index, title, summary, sections)


def send_for_review(page, user):
    """Start a one-task review workflow on `page`, as submitting an idea does."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    workflow = Workflow.objects.create(name=f"Review {page.pk}")
    task = GroupApprovalTask.objects.create(name=f"Policy team {page.pk}")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=page.get_parent(), defaults={"workflow": workflow})
    return workflow.start(page, user)


# --- Accounts (members_area, issue 4) ---


class AccountFactory(UserFactory):
    """A user whose email is confirmed, so they can log in through allauth."""

    @factory.post_generation
    def confirmed_email(self, create, extracted, **kwargs):
        from allauth.account.models import EmailAddress

        if create:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)


class PendingMemberFactory(MemberFactory):
    user = factory.SubFactory(AccountFactory)
    status = Member.Status.PENDING
