"""Site-wide error pages: always a calm page, never a stack trace."""

from django.shortcuts import render

from haven.ratelimits import limiter_reachable

RETRY_AFTER_SECONDS = 60


def ratelimited(request, exception=None):
    """Too many requests (429) — or, while the rate-limit cache is down, a write Haven cannot
    count and so does not accept (503): never a crash, never an unlimited write."""
    if not limiter_reachable():
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return render(request, "429.html", status=429)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
