"""The Atom feed of a language's published policies, served at /<lang>/policies/feed/."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class PolicyFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index):
        self.index = index
        self.language = index.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return f"{index.title} – {settings.SITE_NAME}"

    def subtitle(self, index):
        return index.intro or _("Ideas from the tenants' forum to make renting fairer.")

    def link(self, index):
        return index.get_url(self.request)

    def author_name(self):
        return str(settings.SITE_NAME)

    def items(self, index):
        return index.live_policies()[:FEED_LENGTH]

    def item_title(self, policy):
        # An Atom title is plain text; Django's default escaping is meant for RSS.
        return policy.title

    def item_description(self, policy):
        # Atom1Feed marks the summary as HTML, so plain text must be escaped once.
        return escape(policy.summary)

    def item_link(self, policy):
        return policy.get_url(self.request)

    def item_pubdate(self, policy):
        return policy.first_published_at

    def item_updateddate(self, policy):
        return policy.last_published_at

    def item_categories(self, policy):
        return [topic.name for topic in policy.topics.all()]
