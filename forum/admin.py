"""machina's forum admin, with its extra pages behind real permissions.

machina's ``ForumAdmin`` adds pages to move forums and to edit forum permissions (per user,
group, visitors or members) that check only ``is_staff``: any staff account could grant itself
machina's moderation rights or lift a silenced member's posting ban. Here each needs the
permission to change forums, and the permission pages also the permission to change those
permission rows. (Superusers have every permission.)
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from machina.apps.forum.admin import ForumAdmin
from machina.apps.forum.models import Forum

CHANGE_FORUM = "forum.change_forum"
USER_PERMISSIONS = "forum_permission.change_userforumpermission"
GROUP_PERMISSIONS = "forum_permission.change_groupforumpermission"


def _require(request, *perms: str) -> None:
    if not request.user.has_perms(perms):
        raise PermissionDenied


class GuardedForumAdmin(ForumAdmin):
    def moveforum_view(self, request, forum_id, direction):
        _require(request, CHANGE_FORUM)
        return super().moveforum_view(request, forum_id, direction)

    def editpermissions_index_view(self, request, forum_id=None):
        _require(request, CHANGE_FORUM)
        return super().editpermissions_index_view(request, forum_id)

    def editpermissions_user_view(self, request, user_id, forum_id=None):
        _require(request, CHANGE_FORUM, USER_PERMISSIONS)
        return super().editpermissions_user_view(request, user_id, forum_id)

    def editpermissions_anonymous_user_view(self, request, forum_id=None):
        _require(request, CHANGE_FORUM, USER_PERMISSIONS)
        return super().editpermissions_anonymous_user_view(request, forum_id)

    def editpermissions_authenticated_user_view(self, request, forum_id=None):
        _require(request, CHANGE_FORUM, USER_PERMISSIONS)
        return super().editpermissions_authenticated_user_view(request, forum_id)

    def editpermissions_group_view(self, request, group_id, forum_id=None):
        _require(request, CHANGE_FORUM, GROUP_PERMISSIONS)
        return super().editpermissions_group_view(request, group_id, forum_id)


admin.site.unregister(Forum)
admin.site.register(Forum, GuardedForumAdmin)
