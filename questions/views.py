from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from forum.models import Board
from haven.markup import render_markdown
from moderation.permissions import sanction_message
from profiles.selectors import featured_specialists
from questions import page_cache, permissions, search, selectors, services
from questions.forms import AnswerForm, AskForm, VoteForm
from questions.models import Answer
from questions.pagination import keyset_page

PAGE_SIZE = 20


def _page(request, queryset):
    return keyset_page(
        queryset, before=request.GET.get("before"), after=request.GET.get("after"), size=PAGE_SIZE
    )


def home(request):
    context = {
        "latest": selectors.latest_questions()[:10],
        "unanswered": selectors.unanswered_questions()[:5],
        "most_helpful": selectors.most_helpful_this_month()[:5],
        "featured": featured_specialists(),
        "categories": selectors.ask_boards(),
        "articles": selectors.latest_articles(3),
    }
    return render(request, "questions/home.html", context)


def question_list(request):
    return render(
        request,
        "questions/question_list.html",
        {
            "page": _page(request, selectors.latest_questions()),
            "heading": "All questions",
            "feed_url": reverse("questions:feed_latest"),
        },
    )


def unanswered(request):
    """Questions waiting for a specialist; a specialist can narrow it to their own fields."""
    fields = selectors.specialisations_of(request.user)
    mine = bool(fields) and request.GET.get("fields") == "mine"
    questions = selectors.unanswered_questions()
    if mine:
        questions = questions.filter(topic__forum__board__in=fields)
    context = {
        "page": _page(request, questions),
        "heading": "Unanswered in your fields" if mine else "Unanswered questions",
        "intro": "Questions still waiting for a specialist.",
        "field_filter": {"available": bool(fields), "mine": mine},
    }
    return render(request, "questions/question_list.html", context)


def category(request, slug):
    board = selectors.board_by_slug(slug, kind=Board.Kind.ASK)
    context = {
        "page": _page(request, selectors.questions_in_board(board)),
        "heading": board.forum.name,
        "intro": board.forum.description,
        "board": board,
        "feed_url": reverse("questions:feed_category", kwargs={"slug": board.slug}),
    }
    return render(request, "questions/question_list.html", context)


def tag(request, name):
    found = selectors.tag_by_name(name)
    context = {
        "page": _page(request, selectors.questions_tagged(found)),
        "heading": f"Questions tagged “{found.name}”",
        "tag": found,
        "feed_url": reverse("questions:feed_tag", kwargs={"name": found.name}),
    }
    return render(request, "questions/question_list.html", context)


def detail(request, pk, slug):
    shared = page_cache.can_use(request)
    if shared and (html := page_cache.get(pk, slug)) is not None:
        return HttpResponse(html)
    question = selectors.question_for_page(pk)
    if slug != question.topic.slug:
        return redirect(question, permanent=True)
    response = render(request, "questions/detail.html", _detail_context(request, question))
    if shared:
        page_cache.store(pk, slug, response.content)
    return response


def _detail_context(request, question, answer_form=None):
    return {
        "question": question,
        "answers": selectors.answers_for_page(question),
        "related": selectors.related_questions(question),
        "answer_form": answer_form or AnswerForm(),
        "can_answer": permissions.can_answer(request.user, question),
        "can_mark_helped": permissions.can_mark_helped(request.user, question),
        "my_votes": selectors.votes_by(request.user, question),
    }


@login_required
@ratelimit(key="user", rate="5/m", method="POST", block=True)
@ratelimit(key="user", rate="30/d", method="POST", block=True)
def ask(request):
    form = AskForm(request.POST or None, initial={"title": request.GET.get("title", "")})
    preview = None
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = render_markdown(form.cleaned_data["body"])
        else:
            try:
                question = services.ask_question(
                    author=request.user,
                    board=form.cleaned_data["board"],
                    title=form.cleaned_data["title"],
                    body=form.cleaned_data["body"],
                    tags=form.cleaned_data["tags"],
                    anonymous=form.cleaned_data["anonymous"],
                )
            except (PermissionDenied, ValidationError) as error:
                form.add_error(None, _message(error))
            else:
                messages.success(request, "Your question is posted. Specialists will see it.")
                return redirect(question)
    context = {"form": form, "preview": preview, "sanction": sanction_message(request.user)}
    return render(request, "questions/ask.html", context)


@ratelimit(key="ip", rate="120/m", block=True)
def similar(request):
    """Up to 5 existing questions like the title being typed (JSON for the ask form)."""
    results = search.similar_questions(request.GET.get("q", ""), limit=5)
    return JsonResponse({"results": results})


@login_required
@require_POST
@ratelimit(key="user", rate="10/m", block=True)
def answer(request, pk):
    question = selectors.question_for_page(pk)
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            services.answer_question(
                question=question,
                author=request.user,
                body=form.cleaned_data["body"],
                references=form.cleaned_data["references"],
            )
        except PermissionDenied as error:
            messages.error(request, _message(error))
            return redirect(question)
        messages.success(request, "Thank you. Your answer is published.")
        return redirect(question)
    context = _detail_context(request, question, answer_form=form)
    return render(request, "questions/detail.html", context, status=400)


@login_required
@require_POST
@ratelimit(key="user", rate="60/m", block=True)
def vote(request, post_pk):
    post, question = selectors.post_with_question(post_pk)
    form = VoteForm(request.POST)
    if not form.is_valid():
        return _vote_reply(request, question, error="That vote was not understood.", status=400)
    try:
        score = services.cast_vote(user=request.user, post=post, value=form.cleaned_data["value"])
    except PermissionDenied as error:
        return _vote_reply(request, question, error=_message(error), status=403)
    return _vote_reply(request, question, score=score, value=form.cleaned_data["value"])


def _vote_reply(request, question, *, score=None, value=None, error=None, status=200):
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"score": score, "value": value, "error": error}, status=status)
    if error:
        messages.error(request, error)
    return redirect(question)


@login_required
@require_POST
@ratelimit(key="user", rate="30/m", block=True)
def helped(request, pk):
    question = selectors.question_for_page(pk)
    answer_pk = request.POST.get("answer")
    chosen = get_object_or_404(Answer, pk=answer_pk, question=question) if answer_pk else None
    try:
        services.mark_helped(user=request.user, answer=chosen, question=question)
    except PermissionDenied as error:
        messages.error(request, _message(error))
        return redirect(question)
    messages.success(
        request, "Marked as the answer that helped." if chosen else "The mark is removed."
    )
    return redirect(question)


def _message(error) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "You cannot do that."
