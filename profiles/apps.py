from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "profiles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from moderation import notify
        from profiles.notifications import notify as notify_member

        notify.set_notifier(notify_member)
