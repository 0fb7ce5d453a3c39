"""What search knows about questions. No field holds who asked: anonymity cannot leak here."""

from haystack import indexes

from questions.models import Question


class QuestionIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True)
    title = indexes.CharField(model_attr="topic__subject")
    category = indexes.CharField(model_attr="topic__forum__board__slug", faceted=True)
    tags = indexes.MultiValueField(faceted=True)
    answer_count = indexes.IntegerField(model_attr="answer_count")
    votes = indexes.IntegerField(model_attr="score")  # "score" is the relevance score
    specialist_answered = indexes.BooleanField()
    has_helped = indexes.BooleanField()
    created = indexes.DateTimeField(model_attr="created")

    def get_model(self):
        return Question

    def index_queryset(self, using=None):
        return (
            Question.objects.filter(topic__approved=True)
            .select_related("topic", "topic__forum__board", "topic__first_post")
            .prefetch_related("tags", "answers__post")
        )

    def prepare_text(self, question):
        parts = [question.topic.subject, question.topic.first_post.content.raw]
        parts += [tag.name for tag in question.tags.all()]
        parts += [a.post.content.raw for a in question.answers.all() if a.post.approved]
        return "\n".join(parts)

    def prepare_tags(self, question):
        return [tag.name for tag in question.tags.all()]

    def prepare_specialist_answered(self, question):
        return question.answer_count > 0

    def prepare_has_helped(self, question):
        return question.helped_answer_id is not None
