from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "moderation"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from moderation import queues, receivers, selectors, targets  # noqa: F401

        targets.register_posts()
        queues.register_tab(
            queues.QueueTab("flags", "Flags", "moderation:queue", selectors.open_item_count)
        )
        queues.register_tab(
            queues.QueueTab(
                "approval", "Awaiting approval", "moderation:approval", selectors.awaiting_count
            )
        )
