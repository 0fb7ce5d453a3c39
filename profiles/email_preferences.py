"""Which notifications a member gets by e-mail, and the one-click unsubscribe links.

Every notification kind belongs to one category (a field of ``EmailPreferences``). An
unsubscribe link carries a signed, timestamped token naming the member and the category (or
``all``): whoever holds the e-mail can stop it without logging in, nobody can forge one for
someone else, and an old link stops working after ``UNSUBSCRIBE_DAYS``.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from profiles.models import EmailPreferences, User

# (field of EmailPreferences, short label used in e-mails and on the unsubscribe page)
CATEGORIES = {
    "answers": "new answers on questions you follow",
    "helpful": "answers of yours marked as the one that helped",
    "votes": "vote milestones on your posts",
    "new_questions": "new questions in categories and tags you follow",
    "consultations": "consultation requests and replies",
    "moderation": "moderators' decisions about your posts, reports and account",
    "verification": "decisions about your specialist application",
    "applications": "specialist applications waiting for review",
}
# Categories only moderators receive: hidden from everyone else's settings page.
MODERATOR_CATEGORIES = ("applications",)
ALL = "all"
KIND_CATEGORIES = {
    "answer": "answers",
    "helpful": "helpful",
    "vote_milestone": "votes",
    "new_question": "new_questions",
    "consultation": "consultations",
    "verification": "verification",
    "flag_outcome": "moderation",
    "application_waiting": "applications",
}
UNSUBSCRIBE_DAYS = getattr(settings, "HAVEN_UNSUBSCRIBE_DAYS", 90)
_SALT = "haven.profiles.unsubscribe"


def category_for(kind: str) -> str | None:
    """The preference that governs e-mail for this notification kind (None: always sent)."""
    if kind.startswith("moderation_"):
        return "moderation"
    return KIND_CATEGORIES.get(kind)


def preferences_for(user) -> EmailPreferences:
    """The member's preferences; an unsaved row with the defaults if they never changed any."""
    prefs = EmailPreferences.objects.filter(user=user).first()
    return prefs if prefs is not None else EmailPreferences(user=user)


def wants_email(user, kind: str) -> bool:
    category = category_for(kind)
    return category is None or getattr(preferences_for(user), category)


def wanting_email(users, kind: str) -> set[int]:
    """The pks of ``users`` who want this kind by e-mail, in one query (for many recipients)."""
    category = category_for(kind)
    pks = {user.pk for user in users}
    if category is None:
        return pks
    default = EmailPreferences._meta.get_field(category).default
    chosen = dict(EmailPreferences.objects.filter(user__in=pks).values_list("user_id", category))
    return {pk for pk in pks if chosen.get(pk, default)}


def update_preferences(*, user, **values) -> EmailPreferences:
    unknown = set(values) - set(CATEGORIES) - {"show_details"}
    if unknown:
        raise ValueError(f"Not an e-mail preference: {', '.join(sorted(unknown))}")
    prefs, _ = EmailPreferences.objects.get_or_create(user=user)
    for name, value in values.items():
        setattr(prefs, name, bool(value))
    prefs.save()
    return prefs


def unsubscribe(*, user, category: str) -> EmailPreferences:
    """Stop one category of e-mail, or every one (``all``)."""
    names = list(CATEGORIES) if category == ALL else [category]
    return update_preferences(user=user, **dict.fromkeys(names, False))


def resubscribe(*, user, category: str) -> EmailPreferences:
    """Undo ``unsubscribe`` (the button on the page the link opens)."""
    if category == ALL:
        defaults = {name: EmailPreferences._meta.get_field(name).default for name in CATEGORIES}
        return update_preferences(user=user, **defaults)
    return update_preferences(user=user, **{category: True})


# --- Signed links -------------------------------------------------------------------------


def unsubscribe_token(user, category: str) -> str:
    return signing.TimestampSigner(salt=_SALT).sign_object({"u": user.pk, "c": category})


def unsubscribe_url(user, category: str) -> str:
    path = reverse("unsubscribe", kwargs={"token": unsubscribe_token(user, category)})
    return f"{settings.SITE_URL}{path}"


def read_unsubscribe_token(token: str) -> tuple[User, str]:
    """(member, category) named by a valid token.

    Raises ``signing.SignatureExpired`` for an old link and ``signing.BadSignature`` for a
    tampered one, or one naming an account or category that no longer exists.
    """
    data = signing.TimestampSigner(salt=_SALT).unsign_object(
        token, max_age=UNSUBSCRIBE_DAYS * 24 * 3600
    )
    category = data.get("c") if isinstance(data, dict) else None
    if category != ALL and category not in CATEGORIES:
        raise signing.BadSignature("Unknown category.")
    user = User.objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None:
        raise signing.BadSignature("No such member.")
    return user, category


def describe(category: str) -> str:
    return "all e-mails from Haven" if category == ALL else f"e-mails about {CATEGORIES[category]}"
