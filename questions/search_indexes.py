"""What search knows about Q&A, articles and community boards.

Every index shares one set of field names (``kind``, ``title``, ``url``, ``category``, ``votes``,
``created`` …) so one query can mix types. ``kind``, ``category`` and ``tags`` are keyword
fields (exact tokens: a filter is one cheap term, never a phrase). Two rules hold for every
index here:

- ``index_queryset`` is the public's view: unapproved (hidden) posts and topics are left out,
  and the queue worker removes a document whose object is no longer in it.
- No field holds who asked a question. Answers and articles carry their specialist's public
  name; community posts carry no name at all.
"""

import re

from django.db.models import Prefetch
from django.urls import reverse
from haystack import indexes
from machina.apps.forum_conversation.models import Post

from forum.models import Board
from questions.models import Answer, Article, Question

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(?<!\w)[*_`~#>]+|[*_`~]+(?!\w)")


def plain_text(markdown: str | None) -> str:
    """Markdown as a reader sees it, for searching and snippets: links keep their text,
    emphasis and heading marks go. Never shown unescaped (snippets escape every piece)."""
    text = _LINK.sub(r"\1", markdown or "")
    return " ".join(_MARKS.sub(" ", text).split())


def document(title: str, *parts: str) -> str:
    """The searchable text: the title twice (a title match weighs more, at no cost per query),
    then the rest. Snippets skip the title lines."""
    return "\n".join([title, title, *(p for p in parts if p)])


def machina_topic_url(topic) -> str:
    return reverse(
        "forum_conversation:topic",
        kwargs={
            "forum_slug": topic.forum.slug,
            "forum_pk": topic.forum_id,
            "slug": topic.slug,
            "pk": topic.pk,
        },
    )


class HavenIndex(indexes.SearchIndex):
    """Fields every kind of result has."""

    text = indexes.CharField(document=True)
    kind = indexes.MultiValueField()  # one value; a keyword field filters by exact term
    title = indexes.CharField()
    url = indexes.CharField(indexed=False)
    created = indexes.DateTimeField()
    votes = indexes.IntegerField(default=0)  # "score" would clash with the relevance score

    KIND = ""

    def prepare_kind(self, obj):
        return [self.KIND]

    def get_updated_field(self):
        return None


class QuestionIndex(HavenIndex, indexes.Indexable):
    """A question with its visible answers' text, so a match in any answer finds the question."""

    KIND = "question"
    category = indexes.MultiValueField()
    category_name = indexes.CharField(indexed=False)
    tags = indexes.MultiValueField()
    answer_count = indexes.IntegerField()
    specialist_answered = indexes.BooleanField()
    has_helped = indexes.BooleanField()
    last_activity = indexes.DateTimeField(null=True)

    def get_model(self):
        return Question

    def index_queryset(self, using=None):
        visible_answers = Answer.objects.filter(post__approved=True).select_related("post")
        return (
            Question.objects.filter(topic__approved=True, topic__first_post__approved=True)
            .select_related("topic", "topic__forum__board", "topic__first_post")
            .prefetch_related("tags", Prefetch("answers", queryset=visible_answers))
        )

    def prepare_text(self, question):
        return document(
            question.topic.subject,
            plain_text(question.topic.first_post.content.raw),
            *(plain_text(a.post.content.raw) for a in question.answers.all()),
            " ".join(tag.name for tag in question.tags.all()),
        )

    def prepare_title(self, question):
        return question.topic.subject

    def prepare_url(self, question):
        return question.get_absolute_url()

    def prepare_created(self, question):
        return question.created

    def prepare_votes(self, question):
        return question.score

    def prepare_category(self, question):
        return [question.topic.forum.board.slug]

    def prepare_category_name(self, question):
        return question.topic.forum.name

    def prepare_tags(self, question):
        return [tag.name for tag in question.tags.all()]

    def prepare_answer_count(self, question):
        return len(question.answers.all())

    def prepare_specialist_answered(self, question):
        # Only verified specialists can answer, so any visible answer is a specialist's.
        return bool(question.answers.all())

    def prepare_has_helped(self, question):
        return question.helped_answer_id is not None

    def prepare_last_activity(self, question):
        return question.topic.last_post_on or question.created


class AnswerIndex(HavenIndex, indexes.Indexable):
    """A specialist's answer, found on its own; links to its place on the question page."""

    KIND = "answer"
    category = indexes.MultiValueField()
    category_name = indexes.CharField(indexed=False)
    tags = indexes.MultiValueField()
    specialist_answered = indexes.BooleanField()
    has_helped = indexes.BooleanField()
    author_name = indexes.CharField()

    def get_model(self):
        return Answer

    def index_queryset(self, using=None):
        return (
            Answer.objects.filter(
                post__approved=True,
                question__topic__approved=True,
                question__topic__first_post__approved=True,
            )
            .select_related("post", "post__poster", "question__topic__forum__board")
            .prefetch_related("question__tags")
        )

    def prepare_text(self, answer):
        return document(
            answer.question.topic.subject,
            plain_text(answer.post.content.raw),
            answer.references,
            self.prepare_author_name(answer),
        )

    def prepare_title(self, answer):
        return answer.question.topic.subject

    def prepare_url(self, answer):
        return f"{answer.question.get_absolute_url()}#answer-{answer.pk}"

    def prepare_created(self, answer):
        return answer.created

    def prepare_votes(self, answer):
        return answer.score

    def prepare_category(self, answer):
        return [answer.question.topic.forum.board.slug]

    def prepare_category_name(self, answer):
        return answer.question.topic.forum.name

    def prepare_tags(self, answer):
        return [tag.name for tag in answer.question.tags.all()]

    def prepare_specialist_answered(self, answer):
        return True

    def prepare_has_helped(self, answer):
        return answer.question.helped_answer_id == answer.pk

    def prepare_author_name(self, answer):
        return answer.post.poster.public_name if answer.post.poster else ""


class ArticleIndex(HavenIndex, indexes.Indexable):
    KIND = "article"
    author_name = indexes.CharField()

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.filter(
            topic__approved=True, topic__first_post__approved=True
        ).select_related("topic", "topic__forum", "topic__first_post", "topic__poster")

    def prepare_text(self, article):
        return document(
            article.topic.subject,
            plain_text(article.topic.first_post.content.raw),
            article.references,
            self.prepare_author_name(article),
        )

    def prepare_title(self, article):
        return article.topic.subject

    def prepare_url(self, article):
        return machina_topic_url(article.topic)

    def prepare_created(self, article):
        return article.topic.created

    def prepare_author_name(self, article):
        return article.topic.poster.public_name if article.topic.poster else ""


class BoardPostIndex(HavenIndex, indexes.Indexable):
    """A post in a community board. Posts of Ask and Articles boards are indexed above."""

    KIND = "discussion"
    category = indexes.MultiValueField()
    category_name = indexes.CharField(indexed=False)

    def get_model(self):
        return Post

    def index_queryset(self, using=None):
        return Post.objects.filter(
            approved=True,
            topic__approved=True,
            topic__forum__board__kind=Board.Kind.COMMUNITY,
        ).select_related("topic", "topic__forum__board")

    def prepare_text(self, post):
        return document(post.topic.subject, plain_text(post.content.raw))

    def prepare_title(self, post):
        return post.topic.subject

    def prepare_url(self, post):
        return f"{machina_topic_url(post.topic)}?post={post.pk}#{post.pk}"

    def prepare_created(self, post):
        return post.created

    def prepare_category(self, post):
        return [post.topic.forum.board.slug]

    def prepare_category_name(self, post):
        return post.topic.forum.name
