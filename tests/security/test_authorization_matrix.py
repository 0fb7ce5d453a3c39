"""Who may open what: every URL pattern of the project × every role × GET and POST.

``TABLE`` below is the one place where the expected outcome of each pattern is declared. The
project's URL resolver is walked (Haven's, machina's under /forum/, the admin's), and a pattern
that has no row fails ``test_every_url_pattern_has_a_row`` — a new view cannot slip past this
matrix. Each row builds a concrete URL from the world of fixture objects (see conftest.py),
checks that it really reaches that pattern, then requests it as each role.

Outcomes: ``ok`` (2xx), ``login`` (redirect to log in), ``admin-login``, ``suspended`` (logged
out and sent to the page that says why), ``redirect`` (any other redirect), or a status code
("400" a refused form, "403", "404", "405"). POSTs carry no data, as a forged or careless
request would: they must be refused or harmless. Rate limits are proved in test_abuse.py and
switched off here. Set ``HAVEN_MATRIX_PRINT=1`` to print what each request returned.

Object-level checks (editing, deleting, accepting, revealing someone else's things) follow
the matrix, checking the state, not just the status.
"""

import os
import re
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import resolve
from machina.apps.forum_conversation.models import Post

from moderation.models import AuditEntry, Hidden
from profiles.models import ConsultationRequest, CredentialDocument
from questions.models import Question
from tests.security.conftest import ROLES, walk_routes

pytestmark = pytest.mark.django_db

LOGGED_IN = [role for role in ROLES if role != "visitor"]


@dataclass(frozen=True)
class Row:
    key: str  # a URL name, a full route, or "re:" + a regular expression over full routes
    url: object  # callable(world) -> URL, or a plain string
    get: object  # outcome for every role, or {role(s): outcome, "*": default}
    post: object
    shadowed: bool = False  # never reached: an earlier pattern (its own row) serves the URL

    def expected(self, method: str, role: str) -> str:
        spec = self.get if method == "GET" else self.post
        if isinstance(spec, str):
            spec = {"*": spec}
        for roles, outcome in spec.items():
            if role in roles.split():
                return outcome
        if role == "suspended":  # logged out by the sanction middleware, whatever the page
            return "suspended"
        return spec["*"]


def _question(w):
    return w.question.get_absolute_url()


def _topic_url(w, suffix=""):
    t = w.topic
    return f"/forum/forum/{t.forum.slug}-{t.forum_id}/topic/{t.slug}-{t.pk}/{suffix}"


def _reply_url(w, action):
    t = w.topic
    return (
        f"/forum/forum/{t.forum.slug}-{t.forum_id}/topic/{t.slug}-{t.pk}/{w.reply.pk}/post/"
        f"{action}/"
    )


def _forum(w):
    return f"/forum/forum/{w.community.forum.slug}-{w.community.forum_id}/"


POST_KEY = "forum_conversation.post"
FILL = object()  # build the URL from the pattern itself (admin pages)

# Shorthands for the outcomes that repeat. A dict maps roles (space-separated) to an outcome,
# "*" to everyone else; "suspended" is always logged out unless a row says otherwise.
OK = "ok"
MEMBERS = {"visitor": "login", "*": OK}  # any logged-in member
POST_ONLY = {"visitor": "login", "*": "405"}  # a GET to a form-POST endpoint
DONE = {"visitor": "login", "*": "redirect"}  # a POST that answers by going back
MODERATORS = {"visitor": "login", "moderator": OK, "*": "403"}
MOD_POST_ONLY = {"visitor": "login", "moderator": "405", "*": "403"}
MOD_REDIRECT = {"visitor": "login", "moderator": "redirect", "*": "403"}
VISITORS_ONLY = {"visitor": OK, "*": "redirect"}  # logged-in members are sent on
STAFF = {"staff": OK, "*": "admin-login"}
STAFF_REFUSED = {"staff": "403", "*": "admin-login"}  # staff status alone opens nothing

# fmt: off
TABLE = [
    # --- Q&A (questions/) ----------------------------------------------------------------------
    Row("questions:home", "/", OK, OK),
    Row("questions:list", "/questions/", OK, OK),
    Row("questions:ask", "/questions/ask/", MEMBERS, MEMBERS),  # an empty POST: the form again
    Row("questions:similar", "/questions/similar/?q=trust", OK, OK),
    Row("questions:unanswered", "/questions/unanswered/", OK, OK),
    Row("questions:tag", lambda w: f"/questions/tagged/{w.tag.name}/", OK, OK),
    Row("questions:answer", lambda w: f"/questions/{w.question.pk}/answer/", POST_ONLY,
        {"visitor": "login", "*": "400"}),  # who may answer: test_only_specialists_answer
    Row("questions:helped", lambda w: f"/questions/{w.question.pk}/helped/", POST_ONLY, DONE),
    Row("questions:detail", lambda w: w.question.get_absolute_url(), OK, OK),
    Row("questions:detail_short", lambda w: f"/questions/{w.question.pk}/", "redirect",
        "redirect"),
    Row("questions:vote", lambda w: f"/posts/{w.answer.post_id}/vote/", POST_ONLY, DONE),
    Row("questions:category", "/categories/breakups/", OK, OK),
    Row("questions:feed_latest", "/feeds/questions/", OK, OK),
    Row("questions:feed_category", "/feeds/categories/breakups/", OK, OK),
    Row("questions:feed_tag", lambda w: f"/feeds/tags/{w.tag.name}/", OK, OK),
    Row("questions:feed_member_answers", "/feeds/members/dr-sage/answers/", OK, OK),
    Row("questions:search", "/search/?q=trust", OK, OK),
    Row("questions:following", "/following/", MEMBERS, MEMBERS),
    Row("questions:follow_fields", "/following/my-fields/", POST_ONLY, DONE),
    Row("questions:follow_question", lambda w: f"/follow/questions/{w.question.pk}/", POST_ONLY,
        DONE),
    Row("questions:follow_category", "/follow/categories/breakups/", POST_ONLY, DONE),
    Row("questions:follow_tag", lambda w: f"/follow/tags/{w.tag.name}/", POST_ONLY, DONE),
    # --- Accounts (profiles/) ------------------------------------------------------------------
    Row("login", "/accounts/login/", VISITORS_ONLY, VISITORS_ONLY),
    Row("logout", "/accounts/logout/", "405", "redirect"),
    Row("signup", "/accounts/signup/", VISITORS_ONLY, VISITORS_ONLY),
    Row("signup_sent", "/accounts/signup/sent/", OK, OK),
    Row("signup_confirm", lambda w: f"/accounts/signup/confirm/{w.signup_token}/", OK, OK),
    Row("account_settings", "/accounts/settings/", MEMBERS, MEMBERS),
    Row("notifications", "/accounts/notifications/", MEMBERS, MEMBERS),
    Row("notifications_mark_read", "/accounts/notifications/read/", POST_ONLY, DONE),
    Row("email_settings", "/accounts/settings/email/", MEMBERS, MEMBERS),
    Row("unsubscribe", lambda w: f"/accounts/unsubscribe/{w.unsubscribe}/", OK, OK),  # signed
    Row("my_data", "/accounts/data/", MEMBERS, MEMBERS),
    Row("download_my_data", "/accounts/data/download/", MEMBERS, MEMBERS),  # one's own only
    Row("delete_account", "/accounts/delete/", MEMBERS, MEMBERS),  # needs the password
    Row("password_change", "/accounts/password/change/", MEMBERS, MEMBERS),
    Row("password_change_done", "/accounts/password/change/done/", MEMBERS, POST_ONLY),
    Row("password_reset", "/accounts/password/reset/", OK, OK),
    Row("password_reset_done", "/accounts/password/reset/sent/", OK, "405"),
    Row("password_reset_confirm",
        lambda w: f"/accounts/password/reset/{w.reset_uid}/{w.reset_token}/", OK, OK),
    Row("password_reset_complete", "/accounts/password/reset/done/", OK, "405"),
    # --- Members and specialists (profiles/) ---------------------------------------------------
    Row("profiles:member", "/members/dr-sage/", OK, OK),
    Row("profiles:directory", "/specialists/", OK, OK),
    Row("profiles:apply", "/specialists/apply/", {"specialist": "redirect", "*": OK},
        {"visitor": "login", "specialist": "redirect", "*": OK}),
    Row("profiles:reapply", "/specialists/apply/again/", POST_ONLY,
        {"visitor": "login", "*": "redirect"}),
    Row("profiles:specialist_edit", "/specialists/profile/",
        {"visitor": "login", "specialist": OK, "*": "redirect"},
        {"visitor": "login", "specialist": OK, "*": "redirect"}),
    Row("profiles:document", lambda w: f"/specialists/documents/{w.document.pk}/",
        {"visitor": "login", "applicant moderator": OK, "*": "404"},
        {"visitor": "login", "applicant moderator": OK, "*": "404"}),
    Row("profiles:document_delete", lambda w: f"/specialists/documents/{w.document.pk}/remove/",
        POST_ONLY, {"visitor": "login", "applicant": "redirect", "*": "404"}),
    Row("profiles:contact", "/specialists/dr-sage/contact/",
        {"visitor": "login", "specialist": "redirect", "*": OK},
        {"visitor": "login", "specialist": "redirect", "*": OK}),
    Row("profiles:consultations", "/consultations/", MEMBERS, MEMBERS),
    Row("profiles:consultation", lambda w: f"/consultations/{w.consultation.pk}/",
        {"visitor": "login", "member specialist": OK, "*": "404"},
        {"visitor": "login", "member": "403", "specialist": OK, "*": "404"}),
    Row("profiles:verification_queue", "/moderation/applications/", MODERATORS, MODERATORS),
    Row("profiles:application",
        lambda w: f"/moderation/applications/{w.applicant.specialist.pk}/", MODERATORS,
        MODERATORS),
    Row("profiles:application_revoke",
        lambda w: f"/moderation/applications/{w.specialist.specialist.pk}/revoke/",
        MOD_POST_ONLY, MODERATORS),
    # --- Moderation (moderation/) --------------------------------------------------------------
    Row("moderation:queue", "/moderation/", MODERATORS, MODERATORS),
    Row("moderation:approval", "/moderation/approval/", MODERATORS, MODERATORS),
    Row("moderation:hidden", "/moderation/hidden/", MODERATORS, MODERATORS),
    Row("moderation:audit", "/moderation/audit/", MODERATORS, MODERATORS),
    Row("moderation:item",
        lambda w: f"/moderation/items/{POST_KEY}/{w.anonymous.topic.first_post_id}/",
        MODERATORS, MODERATORS),
    Row("moderation:reveal",
        lambda w: f"/moderation/items/{POST_KEY}/{w.anonymous.topic.first_post_id}/reveal/",
        MOD_POST_ONLY, {"visitor": "login", "moderator": "400", "*": "403"}),  # needs a reason
    Row("moderation:act", lambda w: f"/moderation/items/{POST_KEY}/{w.answer.post_id}/hide/",
        MODERATORS, MODERATORS),  # an empty POST: the form again, nothing hidden
    Row("moderation:claim", lambda w: f"/moderation/reviews/{w.review.pk}/claim/",
        MOD_POST_ONLY, MOD_REDIRECT),
    Row("moderation:member", "/moderation/members/mira/", MODERATORS, MODERATORS),
    Row("moderation:member_act", "/moderation/members/mira/warn/", MODERATORS, MODERATORS),
    Row("moderation:lift", lambda w: f"/moderation/sanctions/{w.silence.pk}/lift/",
        MOD_POST_ONLY, MOD_REDIRECT),  # without a reason: refused, the sanction stays
    Row("moderation:flag", lambda w: f"/report/{POST_KEY}/{w.answer.post_id}/",
        {"visitor": "login", "specialist silenced": "403", "*": OK},  # own post; silenced
        {"visitor": "login", "specialist silenced": "403", "*": OK}),
    Row("moderation:my_flags", "/moderation/my-reports/", MEMBERS, MEMBERS),
    Row("moderation:my_account", "/moderation/my-account/", MEMBERS, MEMBERS),
    Row("moderation:suspended", "/moderation/suspended/", OK, OK),
    # --- Boards: Haven in front of machina (forum/, moderation/ overrides) ----------------------
    Row("board_topic", _topic_url, OK, "405"),
    Row("board", _forum, OK, "405"),
    Row("forum/member/profile/<str:pk>/", lambda w: f"/forum/member/profile/{w.member.pk}/",
        "redirect", "redirect"),
    Row("forum/member/profile/<str:pk>/posts/",
        lambda w: f"/forum/member/profile/{w.member.pk}/posts/", "redirect", "redirect"),
    Row("forum/moderation/queue/", "/forum/moderation/queue/", MOD_REDIRECT, MOD_REDIRECT),
    Row("forum/moderation/queue/<int:pk>/", lambda w: f"/forum/moderation/queue/{w.reply.pk}/",
        MOD_REDIRECT, MOD_REDIRECT),
    Row("forum/moderation/queue/<int:pk>/approve/",
        lambda w: f"/forum/moderation/queue/{w.reply.pk}/approve/", MOD_REDIRECT, MOD_REDIRECT),
    Row("forum/moderation/queue/<int:pk>/disapprove/",  # machina's hard delete: never reached
        lambda w: f"/forum/moderation/queue/{w.reply.pk}/disapprove/", MOD_REDIRECT,
        MOD_REDIRECT),
    Row("forum/moderation/topic/(?P<slug>[^/]+)-(?P<pk>\\d+)/(?P<action>lock|unlock|move|delete|"
        "change/topic|change/sticky|change/announce)/$",
        lambda w: f"/forum/moderation/topic/{w.topic.slug}-{w.topic.pk}/change/sticky/",
        MOD_REDIRECT, MOD_REDIRECT),
    Row("forum/forum/<str:forum_slug>-<int:forum_pk>/topic/<str:topic_slug>-<int:topic_pk>/"
        "<int:pk>/post/delete/", lambda w: _reply_url(w, "delete"), MOD_REDIRECT, MOD_REDIRECT),
    Row("forum/forum/<str:forum_slug>-<int:forum_pk>/topic/<str:topic_slug>-<int:topic_pk>/"
        "<int:pk>/post/update/", lambda w: _reply_url(w, "update"),  # the reply's author only
        {"visitor": "login", "other_member": OK, "moderator": "redirect", "*": "403"},
        {"visitor": "login", "other_member": OK, "moderator": "redirect", "*": "403"}),
    Row("forum/forum/<str:forum_slug>-<int:forum_pk>/topic/<str:slug>-<int:pk>/update/",
        lambda w: _topic_url(w, "update/"),  # the topic's author only
        {"visitor": "login", "member": OK, "moderator": "redirect", "*": "403"},
        {"visitor": "login", "member": OK, "moderator": "redirect", "*": "403"}),
    Row("forum/search/", "/forum/search/?q=trust", "redirect", "redirect"),
    Row("forum/forum/<str:forum_slug>-<int:forum_pk>/topic/create/",
        lambda w: _forum(w) + "topic/create/", {"visitor": "login", "silenced": "403", "*": OK},
        {"visitor": "login", "silenced": "403", "*": OK}),
    Row("forum/forum/<str:forum_slug>-<int:forum_pk>/topic/<str:topic_slug>-<int:topic_pk>/"
        "post/create/", lambda w: _topic_url(w, "post/create/"),
        {"visitor": "login", "silenced": "403", "*": OK},
        {"visitor": "login", "silenced": "403", "*": OK}),
    # --- machina's own pages (/forum/); "shadowed": a row above serves the same URL ---------------
    Row("forum:index", "/forum/", OK, "405"),
    Row("forum:forum", _forum, None, None, shadowed=True),
    Row("forum_conversation:topic_poll_vote", "/forum/poll/999999/vote/", "404", "404"),
    Row("forum_conversation:attachment", "/forum/attachment/999999/", "404", "404"),
    Row("forum_conversation:topic", _topic_url, None, None, shadowed=True),
    Row("forum_conversation:topic_create", lambda w: _forum(w) + "topic/create/", None, None,
        shadowed=True),
    Row("forum_conversation:topic_update", lambda w: _topic_url(w, "update/"), None, None,
        shadowed=True),
    Row("forum_conversation:post_create", lambda w: _topic_url(w, "post/create/"), None, None,
        shadowed=True),
    Row("forum_conversation:post_update", lambda w: _reply_url(w, "update"), None, None,
        shadowed=True),
    Row("forum_conversation:post_delete", lambda w: _reply_url(w, "delete"), None, None,
        shadowed=True),
    Row("forum_feeds:latest_topics", "/forum/feeds/topics/", OK, OK),
    Row("forum_feeds:forum_latest_topics", lambda w: _forum(w).replace("/forum/forum/",
        "/forum/feeds/forum/") + "topics/", OK, OK),
    Row("forum_feeds:forum_latest_topics_with_descendants", lambda w: _forum(w).replace(
        "/forum/forum/", "/forum/feeds/forum/") + "topics/all/", OK, OK),
    Row("forum_member:profile_update", "/forum/member/profile/edit/", None, None,
        shadowed=True),  # Haven's member redirect answers it with 404
    Row("forum_member:profile", lambda w: f"/forum/member/profile/{w.member.pk}/", None, None,
        shadowed=True),
    Row("forum_member:user_posts", lambda w: f"/forum/member/profile/{w.member.pk}/posts/",
        None, None, shadowed=True),
    Row("forum_member:user_subscriptions", "/forum/member/subscriptions/", MEMBERS, POST_ONLY),
    Row("forum_member:topic_subscribe", lambda w: f"/forum/member/topic/{w.topic.pk}/subscribe/",
        MEMBERS, DONE),
    Row("forum_member:topic_unsubscribe",
        lambda w: f"/forum/member/topic/{w.topic.pk}/unsubscribe/",
        {"visitor": "login", "*": "403"}, DONE),  # 403 while not subscribed
    Row("forum_moderation:topic_lock", lambda w: f"/forum/moderation/topic/{w.topic.slug}-"
        f"{w.topic.pk}/lock/", None, None, shadowed=True),
    Row("forum_moderation:topic_unlock", lambda w: f"/forum/moderation/topic/{w.topic.slug}-"
        f"{w.topic.pk}/unlock/", None, None, shadowed=True),
    Row("forum_moderation:topic_delete", lambda w: f"/forum/moderation/topic/{w.topic.slug}-"
        f"{w.topic.pk}/delete/", None, None, shadowed=True),
    Row("forum_moderation:topic_move", lambda w: f"/forum/moderation/topic/{w.topic.slug}-"
        f"{w.topic.pk}/move/", None, None, shadowed=True),
    Row("forum_moderation:topic_update_to_post", lambda w: f"/forum/moderation/topic/"
        f"{w.topic.slug}-{w.topic.pk}/change/topic/", None, None, shadowed=True),
    Row("forum_moderation:topic_update_to_sticky", lambda w: f"/forum/moderation/topic/"
        f"{w.topic.slug}-{w.topic.pk}/change/sticky/", None, None, shadowed=True),
    Row("forum_moderation:topic_update_to_announce", lambda w: f"/forum/moderation/topic/"
        f"{w.topic.slug}-{w.topic.pk}/change/announce/", None, None, shadowed=True),
    Row("forum_moderation:queue", "/forum/moderation/queue/", None, None, shadowed=True),
    Row("forum_moderation:queued_post", lambda w: f"/forum/moderation/queue/{w.reply.pk}/",
        None, None, shadowed=True),
    Row("forum_moderation:approve_queued_post",
        lambda w: f"/forum/moderation/queue/{w.reply.pk}/approve/", None, None, shadowed=True),
    Row("forum_moderation:disapprove_queued_post",
        lambda w: f"/forum/moderation/queue/{w.reply.pk}/disapprove/", None, None,
        shadowed=True),
    Row("forum_search:search", "/forum/search/", None, None, shadowed=True),
    Row("forum_tracking:mark_all_forums_read", "/forum/tracking/mark/forums/", MEMBERS, DONE),
    Row("forum_tracking:mark_subforums_read",
        lambda w: f"/forum/tracking/mark/forums/{w.community.forum_id}/", MEMBERS, DONE),
    Row("forum_tracking:mark_topics_read",
        lambda w: f"/forum/tracking/mark/forum/{w.community.forum_id}/topics/", MEMBERS, DONE),
    Row("forum_tracking:unread_topics", "/forum/tracking/unread-topics/", MEMBERS, POST_ONLY),
    # --- Django admin: staff status alone opens the index and nothing else ----------------------
    Row("admin:index", "/admin/", STAFF, STAFF),
    Row("admin:login", "/admin/login/", {"staff": "redirect", "*": OK}, OK),
    Row("admin:logout", "/admin/logout/", {"staff": "405", "*": "redirect"}, "redirect"),
    Row("admin:password_change", "/admin/password_change/", STAFF, STAFF),
    Row("admin:password_change_done", "/admin/password_change/done/", STAFF,
        {"staff": "405", "*": "admin-login"}),
    Row("admin:autocomplete", "/admin/autocomplete/", STAFF_REFUSED,
        {"staff": "405", "*": "admin-login"}),
    Row("admin:jsi18n", "/admin/jsi18n/", STAFF, {"staff": "405", "*": "admin-login"}),
    Row("admin:view_on_site", lambda w: f"/admin/r/1/{w.member.pk}/",
        {"staff": "404", "*": "admin-login"}, {"staff": "404", "*": "admin-login"}),
    Row("admin:app_list", "/admin/profiles/", {"staff": "404", "*": "admin-login"},
        {"staff": "404", "*": "admin-login"}),
    Row("admin/(?P<url>.*)$", "/admin/no/such/page/", {"staff": "404", "*": "admin-login"},
        {"staff": "404", "*": "admin-login"}),
    Row("admin:auth_user_password_change",
        lambda w: f"/admin/profiles/user/{w.member.pk}/password/", STAFF_REFUSED, STAFF_REFUSED),
    # machina's forum admin pages (move a forum, edit forum permissions): see forum/admin.py.
    Row("re:admin/forum/forum/(\\(\\?P<forum_id>|edit-global-permissions).*", FILL,
        STAFF_REFUSED, STAFF_REFUSED),
    # Every model's admin pages, found by pattern (a new model admin is covered at once).
    Row("re:admin/\\w+/\\w+/", FILL, STAFF_REFUSED, STAFF_REFUSED),
    Row("re:admin/\\w+/\\w+/add/", FILL, STAFF_REFUSED, STAFF_REFUSED),
    Row("re:admin/\\w+/\\w+/<path:object_id>/(delete|change)/", FILL, STAFF_REFUSED,
        STAFF_REFUSED),
    # Django looks the object up first: with no object 1 of that model it redirects (no data).
    Row("re:admin/\\w+/\\w+/<path:object_id>/history/", FILL,
        {"staff": "403|redirect", "*": "admin-login"},
        {"staff": "403|redirect", "*": "admin-login"}),
    Row("re:admin/\\w+/\\w+/<path:object_id>/", FILL, {"staff": "redirect", "*": "admin-login"},
        {"staff": "redirect", "*": "admin-login"}),  # to the change page, refused above
    # --- Uploaded public files -----------------------------------------------------------------
    Row("^media/(?P<path>.*)$", "/media/avatars/nobody.png", "404", "404"),
]
# fmt: on


def _row_for(route) -> list[Row]:
    """The row naming this pattern (its URL name, or its full route if it has no name), else
    the regex rows matching its route."""
    exact = [row for row in TABLE if row.key == (route.name or route.route)]
    if exact:
        return exact
    return [
        row for row in TABLE if row.key.startswith("re:") and re.fullmatch(row.key[3:], route.route)
    ]


def test_every_url_pattern_has_exactly_one_row():
    missing, ambiguous = [], []
    for route in walk_routes():
        rows = _row_for(route)
        if not rows:
            missing.append(route.name or route.route)
        elif len(rows) > 1:
            ambiguous.append((route.route, [r.key for r in rows]))
    assert not missing, f"URL patterns with no row in TABLE (add one): {missing}"
    assert not ambiguous, f"URL patterns matched by several rows: {ambiguous}"


def test_every_row_names_a_pattern_that_exists():
    routes = walk_routes()
    unused = [row.key for row in TABLE if not any(row in _row_for(r) for r in routes)]
    assert not unused, f"rows for patterns that no longer exist: {unused}"


FILLERS = {
    "<path:object_id>": lambda w: "1",
    "(?P<forum_id>[0-9]+)": lambda w: str(w.community.forum_id),
    "(?P<user_id>[0-9]+)": lambda w: str(w.member.pk),
    "(?P<group_id>[0-9]+)": lambda w: "1",
    "(?P<direction>up|down)": lambda w: "up",
    "$": lambda w: "",
}


def _concrete(route, row, world) -> str:
    if row.url is FILL:  # a pattern whose parameters need no particular object
        url = "/" + route.route
        for part, value in FILLERS.items():
            url = url.replace(part, value(world))
        return url
    return row.url(world) if callable(row.url) else row.url


def _reaches(url: str, route) -> bool:
    match = resolve(url.split("?")[0])
    return match.route == route.route and match.func == route.pattern.callback


def outcome(response) -> str:
    code = response.status_code
    if 300 <= code < 400:
        location = response["Location"]
        for prefix, name in (
            ("/accounts/login/", "login"),
            ("/admin/login/", "admin-login"),
            ("/moderation/suspended/", "suspended"),
        ):
            if location.startswith(prefix):
                return name
        return "redirect"
    return "ok" if 200 <= code < 300 else str(code)


class Browsers:
    """One test client per role, logged in again whenever a request logged it out."""

    def __init__(self, world):
        self.world = world
        self.clients = {role: Client(raise_request_exception=False) for role in ROLES}
        self.logged_out = set(LOGGED_IN)

    def request(self, role: str, method: str, url: str):
        client = self.clients[role]
        if role in self.logged_out:
            client.force_login(self.world.users[role])
            self.logged_out.discard(role)
        response = client.get(url) if method == "GET" else client.post(url)
        if role != "visitor" and not response.wsgi_request.user.is_authenticated:
            self.logged_out.add(role)
        return response


def test_the_authorization_matrix(settings, world):
    settings.RATELIMIT_ENABLE = False
    browsers = Browsers(world)
    plan, wrong, seen = [], [], {}
    for route in walk_routes():
        (row,) = _row_for(route)
        url = _concrete(route, row, world)
        if row.shadowed:
            assert not _reaches(url, route), f"{row.key}: {url} is served by it after all"
            continue
        assert _reaches(url, route), f"{row.key}: {url} does not reach {route.route}"
        plan.append((row, url))
    # Every GET first, then every POST (a POST may change what a later GET would find).
    for method in ("GET", "POST"):
        for row, url in plan:
            for role in ROLES:
                got = outcome(browsers.request(role, method, url))
                seen[(row.key, url, method, role)] = got
                if got not in row.expected(method, role).split("|"):
                    wrong.append(
                        f"{method} {url} as {role}: {got}, expected {row.expected(method, role)}"
                    )
    if os.environ.get("HAVEN_MATRIX_PRINT"):
        _print(seen)
    assert not wrong, "\n".join([f"{len(wrong)} unexpected outcomes:", *wrong])


def _print(seen):
    rows = {}
    for (key, url, method, role), got in seen.items():
        rows.setdefault((key, url), {}).setdefault(method, {})[role] = got
    for (key, url), methods in rows.items():
        print(key, url)
        for method, roles in methods.items():
            print("   ", method, " ".join(f"{role}={got}" for role, got in roles.items()))


# --- Object level: someone else's things ---------------------------------------------------------
def _as(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_nobody_edits_someone_elses_post(world):
    before = Post.objects.get(pk=world.reply.pk).content.raw
    data = {"subject": "Re: What helped you heal?", "content": "Vandalised."}
    for role in ("member", "asker", "specialist", "staff"):
        response = _as(world.users[role]).post(_reply_url(world, "update"), data)
        assert response.status_code == 403, role
    # A moderator is sent to the audited edit form (a reason is required) instead.
    response = _as(world.moderator).post(_reply_url(world, "update"), data)
    assert response.url == f"/moderation/items/{POST_KEY}/{world.reply.pk}/edit/"
    assert Post.objects.get(pk=world.reply.pk).content.raw == before


def test_nobody_deletes_someone_elses_post_or_document(world):
    for role in ("member", "other_member", "specialist", "staff"):
        client = _as(world.users[role])
        assert client.post(_reply_url(world, "delete")).status_code == 403
        assert client.post(f"/forum/moderation/topic/{world.topic.slug}-{world.topic.pk}/delete/")
        assert client.post(f"/specialists/documents/{world.document.pk}/remove/").status_code == 404
    assert Post.objects.filter(pk=world.reply.pk, approved=True).exists()
    assert Post.objects.filter(topic=world.topic, approved=True).count() == 2
    assert CredentialDocument.objects.filter(pk=world.document.pk).exists()
    assert not Hidden.objects.exists()


def test_only_the_asker_marks_the_answer_that_helped(world):
    url = f"/questions/{world.question.pk}/helped/"
    for role in ("member", "specialist", "moderator", "staff"):
        response = _as(world.users[role]).post(url, {"answer": world.answer.pk}, follow=True)
        assert "Only the person who asked" in response.content.decode()
    assert Question.objects.get(pk=world.question.pk).helped_answer_id is None
    _as(world.asker).post(url, {"answer": world.answer.pk})
    assert Question.objects.get(pk=world.question.pk).helped_answer_id == world.answer.pk


def test_only_the_specialist_asked_accepts_a_consultation(world):
    other_specialist = build_other_specialist()
    url = f"/consultations/{world.consultation.pk}/"
    data = {"decision": "accept", "reply": "Tuesday at ten?"}
    assert _as(other_specialist).post(url, data).status_code == 404
    assert _as(world.member).post(url, data).status_code == 403  # who asked cannot accept
    assert _as(world.moderator).post(url, data).status_code == 404
    consultation = ConsultationRequest.objects.get(pk=world.consultation.pk)
    assert consultation.status == ConsultationRequest.Status.OPEN and consultation.reply == ""
    assert _as(world.specialist).post(url, data).status_code == 302
    assert ConsultationRequest.objects.get(pk=world.consultation.pk).status == "accepted"


def build_other_specialist():
    from tests import factories

    return factories.make_specialist(username="dr-other")


def test_only_moderators_reveal_an_anonymous_asker_and_every_reveal_is_audited(world):
    url = f"/moderation/items/{POST_KEY}/{world.anonymous.topic.first_post_id}/reveal/"
    reason = {"reason": "A credible report that the asker is in danger."}
    for role in ("member", "asker", "specialist", "staff", "applicant"):
        response = _as(world.users[role]).post(url, reason)
        assert response.status_code == 403, role
        assert role == "asker" or "asha" not in response.content.decode()
    assert not AuditEntry.objects.filter(action="reveal_anonymous").exists()
    response = _as(world.moderator).post(url, reason)
    assert response.status_code == 200 and "asha" in response.content.decode()
    entry = AuditEntry.objects.get(action="reveal_anonymous")
    assert entry.actor == world.moderator and entry.reason == reason["reason"]


def test_only_verified_specialists_answer_and_nobody_verifies_themselves(world):
    body = {"body": "Here is my professional view on rebuilding trust, step by step."}
    for role in ("member", "asker", "applicant", "moderator", "staff"):
        _as(world.users[role]).post(f"/questions/{world.question.pk}/answer/", body)
    assert world.question.answers.count() == 1  # only the specialist's, from the fixtures
    decision = {
        "decision": "approve",
        "note": "Looks fine to me.",
        "checked": ["identity", "register", "current", "specialisations"],
    }
    url = f"/moderation/applications/{world.applicant.specialist.pk}/"
    assert _as(world.applicant).post(url, decision).status_code == 403
    world.applicant.specialist.refresh_from_db()
    assert world.applicant.specialist.status == "submitted"
