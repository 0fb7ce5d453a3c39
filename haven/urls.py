from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from machina import urls as machina_urls

from forum import views as forum_views
from moderation.urls import machina_overrides as moderation_machina_overrides
from profiles.urls import account_urls

urlpatterns = [
    path("", include("questions.urls")),
    path("accounts/", include(account_urls)),
    path("", include("profiles.urls")),
    path("", include("moderation.urls")),
    # Topics of Ask boards are questions: machina's topic page hands them to the question page.
    path(
        "forum/forum/<str:forum_slug>-<int:forum_pk>/topic/<str:slug>-<int:pk>/",
        forum_views.topic,
        name="board_topic",
    ),
    path("forum/forum/<str:slug>-<int:pk>/", forum_views.board, name="board"),
    # machina's member pages would list anonymous questions; Haven's member page replaces them.
    path("forum/member/profile/<str:pk>/", forum_views.member_redirect),
    path("forum/member/profile/<str:pk>/posts/", forum_views.member_redirect),
    # machina's moderation links (lock, move, delete, its queue) lead to audited actions.
    path("forum/", include(moderation_machina_overrides)),
    # machina's own search page would search Haven's index with machina's templates.
    path("forum/search/", RedirectView.as_view(pattern_name="questions:search", query_string=True)),
    # machina's posting pages, with Haven's rate limit (forum/views.py).
    path("forum/forum/<str:forum_slug>-<int:forum_pk>/topic/create/", forum_views.topic_create),
    path(
        "forum/forum/<str:forum_slug>-<int:forum_pk>/topic/<str:topic_slug>-<int:topic_pk>/"
        "post/create/",
        forum_views.post_create,
    ),
    path("forum/", include(machina_urls)),
    path("admin/", admin.site.urls),
]

# Public uploads (avatars, specialists' photos). Credential documents are elsewhere, behind a
# permission check. A large deployment serves /media/ from its web server or a storage backend.
urlpatterns += [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
]

handler404 = "haven.views.not_found"
handler500 = "haven.views.server_error"
