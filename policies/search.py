"""Searching the published policies of one language (Wagtail's database search backend,
which is PostgreSQL full-text search when on PostgreSQL)."""

from .models import published_policies


def search_policies(query, locale):
    return published_policies().filter(locale=locale).search(query)
