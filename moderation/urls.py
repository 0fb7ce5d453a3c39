from django.urls import path, re_path

from moderation import views

app_name = "moderation"

urlpatterns = [
    path("moderation/", views.queue, name="queue"),
    path("moderation/approval/", views.approval, name="approval"),
    path("moderation/hidden/", views.hidden, name="hidden"),
    path("moderation/audit/", views.audit_log, name="audit"),
    path("moderation/items/<str:key>/<int:pk>/", views.item, name="item"),
    path("moderation/items/<str:key>/<int:pk>/reveal/", views.reveal, name="reveal"),
    path("moderation/items/<str:key>/<int:pk>/<slug:action>/", views.act, name="act"),
    path("moderation/reviews/<int:pk>/claim/", views.claim, name="claim"),
    path("moderation/members/<str:username>/", views.member, name="member"),
    path("moderation/members/<str:username>/<slug:action>/", views.member_act, name="member_act"),
    path("moderation/sanctions/<int:pk>/lift/", views.lift, name="lift"),
    # Members' side.
    path("report/<str:key>/<int:pk>/", views.flag, name="flag"),
    path("moderation/my-reports/", views.my_flags, name="my_flags"),
    path("moderation/my-account/", views.my_account, name="my_account"),
    path("moderation/suspended/", views.suspended, name="suspended"),
]

# machina's own moderation URLs, taken over so every action has a reason and an audit entry
# (and machina's "disapprove", a hard delete, is never reachable). Included under "forum/"
# before machina's URLs in haven/urls.py.
machina_overrides = [
    path("moderation/queue/", views.machina_queue),
    path("moderation/queue/<int:pk>/", views.machina_queue),
    path("moderation/queue/<int:pk>/approve/", views.machina_queue),
    path("moderation/queue/<int:pk>/disapprove/", views.machina_queue),
    re_path(
        r"^moderation/topic/(?P<slug>[^/]+)-(?P<pk>\d+)/"
        r"(?P<action>lock|unlock|move|delete|change/topic|change/sticky|change/announce)/$",
        views.machina_topic_action,
    ),
    path(
        "forum/<str:forum_slug>-<int:forum_pk>/topic/<str:topic_slug>-<int:topic_pk>/<int:pk>/"
        "post/delete/",
        views.machina_post_delete,
    ),
    path(
        "forum/<str:forum_slug>-<int:forum_pk>/topic/<str:topic_slug>-<int:topic_pk>/<int:pk>/"
        "post/update/",
        views.machina_post_update,
    ),
    path(
        "forum/<str:forum_slug>-<int:forum_pk>/topic/<str:slug>-<int:pk>/update/",
        views.machina_topic_update,
    ),
]
