from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "questions"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Tell the board layer which topics are questions and which askers are anonymous.
        from forum import registry
        from questions import selectors

        registry.register_topic_url(selectors.question_url_for_topic)
        registry.register_anonymous_topic_check(selectors.topic_is_anonymous)
        registry.register_forum_url(selectors.category_url_for_board)
