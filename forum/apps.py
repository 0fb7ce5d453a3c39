from django.apps import AppConfig


class BoardsConfig(AppConfig):
    """Haven's machina integration. Labelled "boards": machina's own forum app owns "forum"."""

    name = "forum"
    label = "boards"
    verbose_name = "Boards"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # machina's board feeds: a control character in a topic title must not break the feed.
        from machina.apps.forum_feeds.feeds import LastTopicsFeed

        from haven.feeds import Rss201rev2Feed

        LastTopicsFeed.feed_type = Rss201rev2Feed
