"""The search page. The work is in questions/search.py; this only reads the form and renders."""

from django.shortcuts import render
from django_ratelimit.decorators import ratelimit

from questions import search
from questions.search_forms import SearchForm

# Per visitor's IP address: generous for people, a wall for scrapers hammering the index.
SEARCH_RATE = "120/m"


@ratelimit(key="ip", rate=SEARCH_RATE, block=True)
def search_page(request):
    form = SearchForm(request.GET)
    text, filters, page = form.criteria()
    outcome = search.search(text, filters, page)
    params = request.GET.copy()
    params.pop("page", None)
    suggestion_params = params.copy()
    suggestion_params["q"] = outcome.suggestion
    context = {
        "form": form,
        "query": text,
        "outcome": outcome,
        "page": outcome.page,
        "hits": outcome.page.object_list if outcome.page else [],
        "search_ok": outcome.ok,
        "filters": filters,
        "has_filters": form.has_filters,
        "page_query": params.urlencode(),
        "suggestion_query": suggestion_params.urlencode() if outcome.suggestion else "",
    }
    return render(request, "questions/search.html", context)
