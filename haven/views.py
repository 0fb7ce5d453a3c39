"""Site-wide error pages: always a calm page, never a stack trace."""

from django.shortcuts import render


def ratelimited(request, exception=None):
    """Too many requests: a calm page asking to slow down (429), never a crash."""
    return render(request, "429.html", status=429)


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
