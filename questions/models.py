"""Q&A on machina: a question extends a topic, an answer extends a post."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from machina.apps.forum_conversation.models import Post, Topic


class Tag(models.Model):
    name = models.CharField(max_length=32, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("questions:tag", kwargs={"name": self.name})


class Question(models.Model):
    """A machina topic in an *Ask a specialist* board, with what Q&A adds to it."""

    topic = models.OneToOneField(Topic, on_delete=models.CASCADE, related_name="question")
    is_anonymous = models.BooleanField(
        default=False, help_text="Shown as Anonymous to everyone but moderators."
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="questions")
    score = models.IntegerField(default=0)
    answer_count = models.PositiveIntegerField(default=0)
    helped_answer = models.ForeignKey(
        "Answer", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.topic.subject

    def get_absolute_url(self):
        return reverse("questions:detail", kwargs={"pk": self.pk, "slug": self.topic.slug})

    @property
    def title(self) -> str:
        return self.topic.subject


class Answer(models.Model):
    """A specialist's machina post in a question's topic."""

    post = models.OneToOneField(Post, on_delete=models.CASCADE, related_name="answer")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    references = models.TextField(blank=True, help_text="One reference per line.")
    score = models.IntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]

    def __str__(self):
        return f"Answer to {self.question}"

    @property
    def reference_list(self) -> list[str]:
        return [line.strip() for line in self.references.splitlines() if line.strip()]


class Article(models.Model):
    """A long-form machina topic in the Articles board, with its references."""

    topic = models.OneToOneField(Topic, on_delete=models.CASCADE, related_name="article")
    references = models.TextField(blank=True, help_text="One reference per line.")

    def __str__(self):
        return self.topic.subject

    @property
    def reference_list(self) -> list[str]:
        return [line.strip() for line in self.references.splitlines() if line.strip()]


class Vote(models.Model):
    """One member's up (+1) or down (-1) vote on one post (a question's first post or an answer)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="votes")
    value = models.SmallIntegerField(choices=[(1, "Up"), (-1, "Down")])
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "post"], name="one_vote_per_user_per_post"),
            models.CheckConstraint(
                condition=models.Q(value__in=[1, -1]), name="vote_is_up_or_down"
            ),
        ]
