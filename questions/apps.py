from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "questions"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Tell the board layer which topics are questions and which askers are anonymous.
        from forum import registry
        from questions import receivers, selectors  # noqa: F401 - receivers connect on import

        registry.register_topic_url(selectors.question_url_for_topic)
        registry.register_anonymous_topic_check(selectors.topic_is_anonymous)
        registry.register_forum_url(selectors.category_url_for_board)

        # Moderation hides, restores and changes posts: keep counts and cached pages right.
        from moderation import registry as moderation_registry
        from questions import moderation_hooks

        moderation_registry.register_visibility_listener(moderation_hooks.recount_answers)
        moderation_registry.register_appearance_listener(moderation_hooks.drop_cached_page)

        # A member's own data: what Q&A adds to their export and does when they delete it.
        from profiles import data
        from questions import member_data

        for name in ("questions", "answers", "votes", "follows"):
            data.register_exporter(name, getattr(member_data, f"export_{name}"))
        data.register_deleter(member_data.forget_member)
