from django.apps import AppConfig


class BoardsConfig(AppConfig):
    """Haven's machina integration. Labelled "boards": machina's own forum app owns "forum"."""

    name = "forum"
    label = "boards"
    verbose_name = "Boards"
    default_auto_field = "django.db.models.BigAutoField"
