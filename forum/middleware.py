"""machina's permission middleware, without a session for every visitor.

machina gives each anonymous visitor a random key stored in the session (for guest posting
and guest poll votes). Haven's visitors only read, so no session — no cookie, no database row —
is created for them; everything else matches machina's middleware.
"""

from machina.core.loading import get_class

PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


class ForumPermissionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.user.is_authenticated:
            request.user.forum_key = None
        request.forum_permission_handler = PermissionHandler()
        return self.get_response(request)
