"""Atom feeds: latest questions, per category, per tag, and a specialist's answers.

Only approved content; an anonymous asker is "Anonymous" here as everywhere.
"""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404

from forum.models import Board
from forum.registry import is_anonymous_topic
from haven.feeds import Atom1Feed  # drops characters XML cannot carry
from haven.markup import render_markdown
from profiles.selectors import member_by_username
from questions import selectors

FEED_SIZE = 30


class LatestQuestionsFeed(Feed):
    feed_type = Atom1Feed
    title = "Haven — latest questions"
    link = "/questions/"
    subtitle = "Relationship questions answered by verified specialists."

    def items(self):
        return selectors.latest_questions().select_related("topic__first_post")[:FEED_SIZE]

    def item_title(self, question):
        return question.topic.subject

    def item_description(self, question):
        return render_markdown(question.topic.first_post.content.raw)

    def item_link(self, question):
        return question.get_absolute_url()

    def item_pubdate(self, question):
        return question.created

    def item_author_name(self, question):
        if is_anonymous_topic(question.topic):
            return "Anonymous"
        return question.topic.poster.public_name

    def item_categories(self, question):
        return [question.topic.forum.name, *(tag.name for tag in question.tags.all())]


class CategoryQuestionsFeed(LatestQuestionsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Board.objects.select_related("forum"), slug=slug, kind="ask")

    def title(self, board):
        return f"Haven — {board.forum.name}"

    def link(self, board):
        return f"/categories/{board.slug}/"

    def items(self, board):
        return selectors.questions_in_board(board).select_related("topic__first_post")[:FEED_SIZE]


class TagQuestionsFeed(LatestQuestionsFeed):
    def get_object(self, request, name):
        return selectors.tag_by_name(name)

    def title(self, tag):
        return f"Haven — questions tagged “{tag.name}”"

    def link(self, tag):
        return tag.get_absolute_url()

    def items(self, tag):
        return selectors.questions_tagged(tag).select_related("topic__first_post")[:FEED_SIZE]


class SpecialistAnswersFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, username):
        return member_by_username(username)

    def title(self, member):
        return f"Haven — answers by {member.public_name}"

    def link(self, member):
        return member.get_absolute_url()

    def items(self, member):
        return selectors.answers_by_member(member, limit=FEED_SIZE)

    def item_title(self, answer):
        return f"Answer to: {answer.question.topic.subject}"

    def item_description(self, answer):
        return render_markdown(answer.post.content.raw)

    def item_link(self, answer):
        return f"{answer.question.get_absolute_url()}#answer-{answer.pk}"

    def item_pubdate(self, answer):
        return answer.created

    def item_author_name(self, answer):
        return answer.post.poster.public_name
