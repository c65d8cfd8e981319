import uuid

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from home.models import HomePage
from members_area.models import Member
from policies.models import PolicyIndexPage, PolicyPage, Topic

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
