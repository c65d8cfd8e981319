from django.core.paginator import Paginator


def page_of(items, request, per_page):
    """The page of `items` asked for by ?page= (the nearest real page for a bad number), with
    `page_links`: the page numbers to link to, long runs of them cut short by an ellipsis."""
    paginator = Paginator(items, per_page)
    page = paginator.get_page(request.GET.get("page"))
    page.page_links = list(paginator.get_elided_page_range(page.number))
    return page
