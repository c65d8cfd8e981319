from django.shortcuts import render
from wagtail.models import Locale

from .forms import SearchForm
from .pagination import page_of
from .search import search_policies

RESULTS_PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    if query:
        results = page_of(search_policies(query, Locale.get_active()), request, RESULTS_PER_PAGE)
    return render(
        request,
        "policies/search.html",
        {"form": form, "query": query, "results": results},
    )
