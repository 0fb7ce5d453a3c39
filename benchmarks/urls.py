"""Haven's URLs plus machina's stock topic view, reachable for the peer comparison.

Haven sends question topics from machina's topic page to its own question page; the benchmark
needs machina's own view serving the same topic, so it gets a path of its own here.
"""

from django.urls import path
from machina.core.loading import get_class

from haven.urls import urlpatterns as haven_urlpatterns

MachinaTopicView = get_class("forum_conversation.views", "TopicView")
# Serve every post of the topic on one page, as Haven's question page does.
MachinaTopicView.paginate_by = 100

urlpatterns = [
    path(
        "bench/machina/<str:forum_slug>-<int:forum_pk>/topic/<str:slug>-<int:pk>/",
        MachinaTopicView.as_view(),
        name="bench_machina_topic",
    ),
    *haven_urlpatterns,
]
