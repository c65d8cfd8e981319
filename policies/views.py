from django.shortcuts import render
from wagtail.models import Locale

from .forms import SearchForm
from .pagination import page_of
from .search import search_policies

RESULTS_PER_PAGE = 10


def search(request):
    # Arriving at the search page is not a search yet: only a sent form is checked.
    form = SearchForm(request.GET if "q" in request.GET else None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    if query:
        results = page_of(search_policies(query, Locale.get_active()), request, RESULTS_PER_PAGE)
    return render(
        request,
        "policies/search.html",
        {"form": form, "query": query, "results": results},
    )
