"""What Haven adds to machina's forums: the kind of each board."""

from django.db import models
from machina.apps.forum.models import Forum


class Board(models.Model):
    """One machina forum and the kind of board it is; the kind decides who starts and replies."""

    class Kind(models.TextChoices):
        ASK = "ask", "Ask a specialist"
        ARTICLES = "articles", "Articles"
        COMMUNITY = "community", "Community"

    forum = models.OneToOneField(Forum, on_delete=models.CASCADE, related_name="board")
    kind = models.CharField(max_length=16, choices=Kind.choices, db_index=True)
    slug = models.SlugField(max_length=64, unique=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["kind", "position"]

    def __str__(self):
        return self.forum.name

    @property
    def name(self):
        return self.forum.name
