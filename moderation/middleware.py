"""Suspended and banned members cannot log in; sanctions whose time is up are lifted.

On every request of a logged-in member (and right after a login), the member's open
sanctions are read once. Expired ones are ended (machina's rows go too); a suspension or ban
logs the member out and sends them to a page that says why and until when.
"""

from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils import timezone

from moderation import permissions, services
from moderation.models import Sanction
from moderation.views import SUSPENDED_SESSION_KEY


class SanctionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        was_logged_in = request.user.is_authenticated
        if was_logged_in:
            refusal = self._enforce(request)
            if refusal is not None:
                return refusal
        response = self.get_response(request)
        if not was_logged_in and request.user.is_authenticated:  # logged in just now
            refusal = self._enforce(request)
            if refusal is not None:
                return refusal
        return response

    def _enforce(self, request):
        user = request.user
        if getattr(user, "has_open_sanction", None) is False:  # known from the user's own query
            user._haven_sanctions = []
            return None
        now = timezone.now()
        open_sanctions = list(
            Sanction.objects.filter(user=user, lifted_at__isnull=True).exclude(
                kind=Sanction.Kind.WARNING
            )
        )
        if any(not s.in_force_at(now) for s in open_sanctions):
            services.end_expired_sanctions(user=user)
        user._haven_sanctions = [s for s in open_sanctions if s.in_force_at(now)]
        block = permissions.login_block(user)
        if block is None:
            return None
        logout(request)
        request.session[SUSPENDED_SESSION_KEY] = block.pk
        return redirect("moderation:suspended")
