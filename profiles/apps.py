from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "profiles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from moderation import notify
        from moderation.queues import QueueTab, register_tab
        from profiles.notifications import notify as notify_member
        from profiles.selectors import pending_application_count

        notify.set_notifier(notify_member)
        register_tab(
            QueueTab(
                key="applications",
                label="Specialist applications",
                url_name="profiles:verification_queue",
                count=pending_application_count,
            )
        )

        # Specialist profiles can be reported ("Report a concern") like any post.
        from moderation import registry

        registry.register_target(
            self.get_model("SpecialistProfile"),
            label=lambda p: f"Specialist profile of {p.user.public_name}",
            url=lambda p: p.user.get_absolute_url(),
            author=lambda p: p.user,
            author_id=lambda p: p.user_id,
            kind=lambda p: "specialist profile",
            text=lambda p: p.bio,
        )

        # machina would delete a member's posts with them (#123): refuse unless reassigned first.
        from django.db.models.signals import pre_delete

        from forum.accounts import refuse_to_cascade

        pre_delete.connect(
            refuse_to_cascade, sender=self.get_model("User"), dispatch_uid="keep_posts"
        )
