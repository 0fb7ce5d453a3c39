"""Every moderation read: the queue, a target's story, a member's record, the audit log."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Prefetch
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import get_object_or_404
from machina.apps.forum_conversation.models import Post

from forum.models import Board
from moderation import registry, targets
from moderation.models import AuditEntry, Flag, Hidden, ReviewItem, Sanction, Screening

AUDIT_PAGE_SIZE = 50


@dataclass
class Target:
    """What moderators see about one flagged or hidden thing (through the registry)."""

    obj: object
    key: str
    kind: str
    label: str
    url: str
    text: str
    author: object
    anonymous: bool
    can_hide: bool
    can_edit: bool
    is_post: bool
    hidden: Hidden | None = None
    screening: Screening | None = None
    open_item: ReviewItem | None = None
    history: list = field(default_factory=list)


def describe(obj, *, hidden=None, screening=None, open_item=None) -> Target:
    entry = registry.target_type(obj)
    return Target(
        obj=obj,
        key=registry.target_key(obj),
        kind=entry.kind(obj),
        label=entry.label(obj),
        url=entry.url(obj),
        text=entry.text(obj) if entry.text else "",
        author=entry.author(obj),
        anonymous=entry.is_anonymous(obj),
        can_hide=entry.hide is not None,
        can_edit=entry.edit is not None and entry.text is not None,
        is_post=isinstance(obj, Post),
        hidden=hidden,
        screening=screening,
        open_item=open_item,
    )


def target_or_404(key: str, pk):
    model = registry.model_for_key(key)
    if model is None:
        raise Http404("Nothing to moderate here.")
    queryset = model._default_manager.all()
    if model is Post:
        queryset = queryset.select_related(*targets.post_joins())
    return get_object_or_404(queryset, pk=pk)


def _targets_by_item(rows) -> dict:
    """Fetch every row's target with one query per content type (no N+1 in the queue)."""
    wanted = defaultdict(set)
    for row in rows:
        wanted[row.target_type_id].add(row.target_id)
    found = {}
    for type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        queryset = model._default_manager.all() if model else None
        if queryset is None:
            continue
        if model is Post:
            queryset = queryset.select_related(*targets.post_joins())
        for obj in queryset.filter(pk__in=ids):
            found[(type_id, str(obj.pk))] = obj
    return found


def _with_targets(rows) -> list[tuple]:
    found = _targets_by_item(rows)
    return [(row, found.get((row.target_type_id, row.target_id))) for row in rows]


# --- The review queue ---------------------------------------------------------------------------
def open_items():
    return ReviewItem.objects.filter(status=ReviewItem.Status.OPEN)


def open_item_count() -> int:
    return open_items().count()


# At risk and crisis language first, then screening's "possible risk", then the most reported,
# then the longest waiting.
QUEUE_ORDER = ("-urgent", "-concern", "-flag_count", "created", "pk")


def queue(limit: int = 100) -> list[dict]:
    """Open items by priority (``QUEUE_ORDER``), each with its target and every flag's reason
    and note."""
    flags = Flag.objects.select_related("flagger").order_by("created")
    items = list(
        open_items()
        .order_by(*QUEUE_ORDER)
        .select_related("claimed_by")
        .prefetch_related(Prefetch("flags", queryset=flags))[:limit]
    )
    rows = []
    for item, obj in _with_targets(items):
        if obj is None or not registry.is_registered(obj):
            continue
        reasons = defaultdict(int)
        for each in item.flags.all():
            reasons[each.get_reason_display()] += 1
        rows.append(
            {
                "item": item,
                "target": describe(obj),
                "reasons": dict(reasons),
                "flags": item.flags.all(),
            }
        )
    return rows


def awaiting_approval():
    """machina's unapproved posts that are new (not hidden or rejected by a moderator)."""
    post_type = ContentType.objects.get_for_model(Post)
    taken_down = (
        Hidden.objects.filter(target_type=post_type)
        .annotate(post_id=Cast("target_id", IntegerField()))
        .values("post_id")
    )
    return (
        Post.objects.filter(approved=False)
        .exclude(pk__in=taken_down)
        .select_related(*targets.post_joins())
        .order_by("created", "pk")
    )


def awaiting_count() -> int:
    return awaiting_approval().count()


def hidden_content(limit: int = 200) -> list[tuple]:
    rows = list(Hidden.objects.select_related("hidden_by").order_by("-created")[:limit])
    return [(row, describe(obj)) for row, obj in _with_targets(rows) if obj is not None]


# --- One target ---------------------------------------------------------------------------------
def target_story(obj) -> Target:
    """A target with its hidden state, screening, open item (with flags) and past decisions."""
    hidden = Hidden.objects.for_target(obj).select_related("hidden_by").first()
    screening = Screening.objects.for_target(obj).first()
    items = list(
        ReviewItem.objects.for_target(obj)
        .select_related("claimed_by", "resolved_by")
        .prefetch_related(
            Prefetch("flags", queryset=Flag.objects.select_related("flagger").order_by("created"))
        )
        .order_by("-created")
    )
    open_item = next((i for i in items if i.status == ReviewItem.Status.OPEN), None)
    target = describe(obj, hidden=hidden, screening=screening, open_item=open_item)
    target.history = [i for i in items if i is not open_item]
    return target


def open_item_for(obj) -> ReviewItem | None:
    return ReviewItem.objects.for_target(obj).filter(status=ReviewItem.Status.OPEN).first()


def hidden_for(obj) -> Hidden | None:
    return Hidden.objects.for_target(obj).first()


def screening_for(obj) -> Screening | None:
    return Screening.objects.for_target(obj).first()


def other_boards(post):
    """Boards of the same kind a topic may move to."""
    board = getattr(post.topic.forum, "board", None)
    if board is None:
        return Board.objects.none()
    return (
        Board.objects.filter(kind=board.kind)
        .exclude(pk=board.pk)
        .select_related("forum")
        .order_by("position")
    )


# --- Members ------------------------------------------------------------------------------------
def member_or_404(username: str):
    return get_object_or_404(get_user_model(), username=username)


def sanctions_for(user):
    return Sanction.objects.filter(user=user).select_related("created_by", "lifted_by")


def flags_by(user, limit: int = 100) -> list[tuple]:
    """A member's own reports with what became of them (their "your reports" page)."""
    rows = list(
        Flag.objects.filter(flagger=user).select_related("item").order_by("-created")[:limit]
    )
    found = _targets_by_item([row.item for row in rows])
    out = []
    for row in rows:
        obj = found.get((row.item.target_type_id, row.item.target_id))
        out.append(
            (row, describe(obj) if obj is not None and registry.is_registered(obj) else None)
        )
    return out


def flags_about(user, limit: int = 100):
    """Flags on posts this member wrote (what moderators see on the member's page)."""
    post_type = ContentType.objects.get_for_model(Post)
    post_ids = Post.objects.filter(poster=user).annotate(key=Cast("pk", CharField())).values("key")
    return (
        Flag.objects.filter(item__target_type=post_type, item__target_id__in=post_ids)
        .select_related("item", "flagger")
        .order_by("-created")[:limit]
    )


def posts_by(user, limit: int = 30) -> tuple[list, int]:
    """(signed posts with their state, number of anonymous posts left out).

    Anonymous posts are only counted: listing them here would reveal who wrote them without
    the audited reveal.
    """
    posts = list(
        Post.objects.filter(poster=user)
        .select_related(*targets.post_joins())
        .order_by("-created")[:limit]
    )
    post_type = ContentType.objects.get_for_model(Post)
    hidden = {
        int(h.target_id): h
        for h in Hidden.objects.filter(
            target_type=post_type, target_id__in=[str(p.pk) for p in posts]
        )
    }
    entry = registry.target_type(Post)
    shown, anonymous = [], 0
    for post in posts:
        if entry.is_anonymous(post):
            anonymous += 1
            continue
        shown.append({"target": describe(post), "hidden": hidden.get(post.pk)})
    return shown, anonymous


def hidden_content_of(user) -> list[tuple]:
    """The member's own hidden or rejected posts, with the reason (their account page)."""
    post_type = ContentType.objects.get_for_model(Post)
    ids = [str(pk) for pk in Post.objects.filter(poster=user).values_list("pk", flat=True)]
    rows = list(Hidden.objects.filter(target_type=post_type, target_id__in=ids))
    return [(row, describe(obj)) for row, obj in _with_targets(rows) if obj is not None]


# --- Audit log ----------------------------------------------------------------------------------
def audit_actions() -> list[str]:
    return list(AuditEntry.objects.order_by().values_list("action", flat=True).distinct())


def audit_entries(*, action="", actor="", target="", since=None, until=None):
    entries = AuditEntry.objects.select_related("target_type")
    if action:
        entries = entries.filter(action=action)
    if actor:
        entries = entries.filter(actor_name__icontains=actor)
    if target:
        entries = entries.filter(target_label__icontains=target)
    if since:
        entries = entries.filter(created__date__gte=since)
    if until:
        entries = entries.filter(created__date__lte=until)
    return entries
