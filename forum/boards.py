"""The boards Haven runs on, and who may start and reply in each kind (see DESIGN.md)."""

from dataclasses import dataclass

SPECIALISTS_GROUP = "Specialists"
MODERATORS_GROUP = "Moderators"


@dataclass(frozen=True)
class BoardSpec:
    slug: str
    name: str
    description: str


ASK_CATEGORY_NAME = "Ask a specialist"
ASK_BOARDS = [
    BoardSpec("dating", "Dating", "Meeting people, early dating, apps, and what comes next."),
    BoardSpec(
        "breakups",
        "Breakups & Reconnecting",
        "Ending things, giving space, no contact, and finding your way back — or forward.",
    ),
    BoardSpec(
        "marriage",
        "Marriage & Partnership",
        "Long-term partnership: closeness, trust, intimacy and the everyday.",
    ),
    BoardSpec("family", "Family", "Parents, children, siblings, in-laws and blended families."),
    BoardSpec(
        "communication",
        "Communication & Conflict",
        "Arguments, listening, repair, and saying what you need.",
    ),
    BoardSpec(
        "self-worth",
        "Self-worth & Growth",
        "Confidence, boundaries, attachment, and who you are in relationships.",
    ),
    BoardSpec(
        "divorce",
        "Separation & Divorce",
        "Deciding, separating, co-parenting and starting again.",
    ),
]

ARTICLES_BOARD = BoardSpec(
    "articles",
    "Articles",
    "Long-form pieces by verified specialists. Members are welcome to comment.",
)

COMMUNITY_CATEGORY_NAME = "Community"
COMMUNITY_BOARDS = [
    BoardSpec("general", "General discussion", "Talk with other members about anything here."),
    BoardSpec("stories", "Your stories", "Share what happened and what helped."),
    BoardSpec("feedback", "Site feedback", "Ideas and problems with Haven itself."),
]

# machina permission codenames, per kind of board.
EVERYONE_READS = ["can_see_forum", "can_read_forum"]
MEMBER_BASICS = [
    "can_see_forum",
    "can_read_forum",
    "can_edit_own_posts",
    "can_post_without_approval",
    "can_download_file",
    "can_vote_in_polls",
]
# (kind) -> {"members": {codename: granted}, "specialists": {codename: granted}}
KIND_RULES = {
    "ask": {
        "members": {"can_start_new_topics": True, "can_reply_to_topics": False},
        "specialists": {"can_reply_to_topics": True},
    },
    "articles": {
        "members": {"can_start_new_topics": False, "can_reply_to_topics": True},
        "specialists": {"can_start_new_topics": True},
    },
    "community": {
        "members": {"can_start_new_topics": True, "can_reply_to_topics": True},
        "specialists": {},
    },
}
MODERATOR_PERMS = [
    "can_edit_posts",
    "can_delete_posts",
    "can_lock_topics",
    "can_move_topics",
    "can_approve_posts",
    "can_reply_to_locked_topics",
    "can_post_stickies",
    "can_post_announcements",
]
