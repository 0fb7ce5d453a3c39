"""Who may do what with members and specialists."""

from forum.permissions import in_specialists_group


def is_verified_specialist(user) -> bool:
    """In *Specialists* with a verified, unexpired profile (expiry is checked on read)."""
    if not user.is_authenticated or not in_specialists_group(user):
        return False
    profile = getattr(user, "specialist", None)
    return profile is not None and profile.is_verified
