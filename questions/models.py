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


class IndexTask(models.Model):
    """A pending change for the search index: "object (label, pk) changed, bring it up to date".

    Rows are written in the same transaction as the change itself (so a committed post always
    has its task) and drained by one writer, ``manage.py process_search_queue``. The worker
    re-reads the object when it runs, so the task carries no document, only what changed.
    """

    class Action(models.TextChoices):
        UPDATE = "update", "Update"
        DELETE = "delete", "Delete"

    label = models.CharField(max_length=100, help_text='Model label, e.g. "questions.question".')
    object_pk = models.CharField(max_length=64)
    action = models.CharField(max_length=8, choices=Action.choices, default=Action.UPDATE)
    created = models.DateTimeField(auto_now_add=True)
    available_at = models.DateTimeField(
        db_index=True, help_text="Not retried before this time (backoff after a failure)."
    )
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.action} {self.label}#{self.object_pk}"


class Follow(models.Model):
    """A member following one question, one Ask category (a board) or one tag.

    Exactly one target is set. Followers of a question hear about new answers; followers of a
    category or tag hear about new questions there (see ``questions.notify``).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    board = models.ForeignKey(
        "boards.Board", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    tag = models.ForeignKey(
        Tag, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(question__isnull=False, board__isnull=True, tag__isnull=True)
                    | models.Q(question__isnull=True, board__isnull=False, tag__isnull=True)
                    | models.Q(question__isnull=True, board__isnull=True, tag__isnull=False)
                ),
                name="follow_has_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "question"],
                condition=models.Q(question__isnull=False),
                name="follow_question_once",
            ),
            models.UniqueConstraint(
                fields=["user", "board"],
                condition=models.Q(board__isnull=False),
                name="follow_board_once",
            ),
            models.UniqueConstraint(
                fields=["user", "tag"],
                condition=models.Q(tag__isnull=False),
                name="follow_tag_once",
            ),
        ]

    def __str__(self):
        return f"{self.user} follows {self.question or self.board or self.tag}"


class VoteMilestone(models.Model):
    """A score a post has reached (1, 5, 10, …): its author is told once per milestone,
    however often the score later falls and rises again."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveIntegerField()
    reached = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "score"], name="milestone_once_per_post")
        ]

    def __str__(self):
        return f"post {self.post_id} reached {self.score}"


class StalePage(models.Model):
    """A question whose cached visitor pages could not be made stale because the cache was
    unreachable (Redis down). The search queue worker retries until the cache answers, so a
    page cached before an outage is never served after it with what changed during it."""

    question_id = models.PositiveBigIntegerField(unique=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"Stale cached page of question {self.question_id}"
