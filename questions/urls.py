from django.urls import path

from questions import feeds, follow_views, search_views, views

app_name = "questions"

urlpatterns = [
    path("", views.home, name="home"),
    path("questions/", views.question_list, name="list"),
    path("questions/ask/", views.ask, name="ask"),
    path("questions/similar/", views.similar, name="similar"),
    path("questions/unanswered/", views.unanswered, name="unanswered"),
    path("questions/tagged/<str:name>/", views.tag, name="tag"),
    path("questions/<int:pk>/answer/", views.answer, name="answer"),
    path("questions/<int:pk>/helped/", views.helped, name="helped"),
    path("questions/<int:pk>/<str:slug>/", views.detail, name="detail"),
    path("questions/<int:pk>/", views.detail, {"slug": ""}, name="detail_short"),
    path("posts/<int:post_pk>/vote/", views.vote, name="vote"),
    path("categories/<slug:slug>/", views.category, name="category"),
    path("feeds/questions/", feeds.LatestQuestionsFeed(), name="feed_latest"),
    path("feeds/categories/<slug:slug>/", feeds.CategoryQuestionsFeed(), name="feed_category"),
    path("feeds/tags/<str:name>/", feeds.TagQuestionsFeed(), name="feed_tag"),
    path(
        "feeds/members/<str:username>/answers/",
        feeds.SpecialistAnswersFeed(),
        name="feed_member_answers",
    ),
    path("search/", search_views.search_page, name="search"),
]

# Following questions, categories and tags (questions/follow_views.py).
urlpatterns += follow_views.urlpatterns
