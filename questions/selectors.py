"""Every read of Q&A, with the joins each page needs."""

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from machina.apps.forum_conversation.models import Post

from forum.models import Board
from questions.models import Answer, Article, Question, Tag, Vote


def _visible_questions():
    """Questions the public may see: approved topics."""
    return Question.objects.filter(topic__approved=True)


def question_rows():
    """Questions with what a list row shows (title, category, tags, counts, asker).

    Only verified specialists answer, so ``answer_count > 0`` means a specialist answered.
    """
    return (
        _visible_questions()
        .select_related("topic", "topic__forum", "topic__forum__board", "topic__poster")
        .prefetch_related("tags")
    )


def latest_questions():
    return question_rows().order_by("-created", "-pk")


def unanswered_questions():
    return question_rows().filter(answer_count=0).order_by("-created", "-pk")


def specialisations_of(user) -> list:
    """The Ask boards a verified specialist works in (empty for everyone else)."""
    profile = getattr(user, "specialist", None) if user.is_authenticated else None
    if profile is None or not profile.is_verified:
        return []
    return list(profile.specialisations.all())


def most_helpful_this_month():
    since = timezone.now() - timezone.timedelta(days=30)
    return question_rows().filter(created__gte=since, score__gt=0).order_by("-score", "-created")


def questions_in_board(board: Board):
    return latest_questions().filter(topic__forum=board.forum)


def questions_tagged(tag: Tag):
    return latest_questions().filter(tags=tag)


def ask_boards():
    return Board.objects.filter(kind=Board.Kind.ASK).select_related("forum").order_by("position")


def board_by_slug(slug: str, kind=None) -> Board:
    boards = Board.objects.select_related("forum")
    if kind:
        boards = boards.filter(kind=kind)
    return get_object_or_404(boards, slug=slug)


def question_for_page(pk: int) -> Question:
    question = get_object_or_404(
        Question.objects.select_related(
            "topic", "topic__forum", "topic__forum__board", "topic__poster", "topic__first_post"
        ).prefetch_related("tags"),
        pk=pk,
    )
    if not question.topic.approved:
        raise Http404("No such question.")
    return question


def answers_for_page(question: Question) -> list[Answer]:
    """Answers in reading order: the one that helped first, then by score, then oldest."""
    answers = list(
        question.answers.filter(post__approved=True)
        .select_related("post", "post__poster", "post__poster__specialist")
        .order_by("-score", "created", "pk")
    )
    answers.sort(key=lambda a: a.pk != question.helped_answer_id)
    return answers


def related_questions(question: Question, limit: int = 5):
    tag_ids = [tag.pk for tag in question.tags.all()]
    related = latest_questions().exclude(pk=question.pk)
    if tag_ids:
        related = related.filter(
            Q(tags__in=tag_ids) | Q(topic__forum_id=question.topic.forum_id)
        ).distinct()
    else:
        related = related.filter(topic__forum_id=question.topic.forum_id)
    return related[:limit]


def tag_by_name(name: str) -> Tag:
    return get_object_or_404(Tag, name=name)


def latest_articles(limit: int = 5):
    return (
        Article.objects.filter(topic__approved=True)
        .select_related("topic", "topic__forum", "topic__poster")
        .order_by("-topic__created")[:limit]
    )


def questions_by_member(member, limit: int = 20):
    """A member's questions as the public sees them: anonymous ones are left out."""
    return latest_questions().filter(topic__poster=member, is_anonymous=False)[:limit]


def answers_by_member(member, limit: int = 20):
    return (
        Answer.objects.filter(
            post__poster=member, post__approved=True, question__topic__approved=True
        )
        .select_related("post", "post__poster", "question", "question__topic")
        .order_by("-created")[:limit]
    )


def question_url_for_topic(topic) -> str | None:
    question = getattr(topic, "question", None)
    return question.get_absolute_url() if question else None


def topic_is_anonymous(topic) -> bool:
    question = getattr(topic, "question", None)
    return bool(question and question.is_anonymous)


def category_url_for_board(board: Board) -> str | None:
    if board.kind == Board.Kind.ASK:
        return reverse("questions:category", kwargs={"slug": board.slug})
    return None


def votes_by(user, question) -> dict[int, int]:
    """{post id: +1/-1} for the viewer's votes on this question and its answers."""
    if not user.is_authenticated:
        return {}
    return dict(
        Vote.objects.filter(user=user, post__topic_id=question.topic_id).values_list(
            "post_id", "value"
        )
    )


def post_with_question(post_pk: int):
    """A votable post (a question's first post or an answer) and the question it belongs to."""
    post = get_object_or_404(Post.objects.select_related("topic"), pk=post_pk, approved=True)
    question = get_object_or_404(Question, topic_id=post.topic_id)
    is_answer = Answer.objects.filter(post=post).exists()
    if not is_answer and post.pk != post.topic.first_post_id:
        raise Http404("Nothing to vote on here.")
    return post, question
