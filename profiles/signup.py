"""Sign-up that never tells anyone whether an e-mail address already has an account.

Asking for an account only sends an e-mail, and the page afterwards is the same whatever the
address: a new address gets a link to finish signing up; an address that already has an
account gets a note ("someone tried to sign up with your address; log in or reset your
password"). Nothing is stored until the link is opened: the link itself carries the chosen
username and address, signed and timestamped, and the password is chosen on the page it opens.
So no half-made account holds the username either — which would otherwise tell a prober, by
"that username is taken", that the address was free.
"""

import logging

from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse

log = logging.getLogger(__name__)
LINK_DAYS = 3
SUBJECT = "Your Haven sign-up"  # the same for both e-mails
_SALT = "haven.profiles.signup"


def request_sign_up(*, username: str, email: str, site: str, next_url: str = "") -> bool:
    """E-mail ``email`` a link to finish signing up, or a note if it already has an account.

    ``site`` is the scheme and host links start with. Returns False when the e-mail could not
    be sent — equally for both cases, so even a mail outage gives nothing away.
    """
    User = get_user_model()
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        context = {
            "username": existing.get_username(),
            "login_url": site + reverse("login"),
            "reset_url": site + reverse("password_reset"),
        }
        body = render_to_string("profiles/email/signup_existing.txt", context)
    else:
        token = sign_up_token(username=username, email=email, next_url=next_url)
        context = {
            "username": username,
            "link": site + reverse("signup_confirm", kwargs={"token": token}),
            "days": LINK_DAYS,
        }
        body = render_to_string("profiles/email/signup_confirm.txt", context)
    try:
        EmailMessage(subject=SUBJECT, body=body, to=[email]).send()
    except Exception:  # a mail outage must not turn into a different page
        log.exception("could not send the sign-up e-mail")
        return False
    return True


def sign_up_token(*, username: str, email: str, next_url: str = "") -> str:
    payload = {"u": username, "e": email, "n": next_url}
    return signing.TimestampSigner(salt=_SALT).sign_object(payload, compress=True)


def read_sign_up_token(token: str) -> dict:
    """{"username", "email", "next"} from a valid link.

    Raises ``signing.SignatureExpired`` for a link older than ``LINK_DAYS`` and
    ``signing.BadSignature`` for anything tampered with.
    """
    data = signing.TimestampSigner(salt=_SALT).unsign_object(token, max_age=LINK_DAYS * 86400)
    if not isinstance(data, dict) or not data.get("u") or not data.get("e"):
        raise signing.BadSignature("Incomplete sign-up link.")
    return {"username": data["u"], "email": data["e"], "next": data.get("n") or ""}


def link_problem(pending: dict) -> str:
    """ "used" once the account exists, "username_taken" if someone took the username in the
    meantime, "" while the link can still create the account."""
    User = get_user_model()
    if User.objects.filter(email__iexact=pending["email"]).exists():
        return "used"
    if User.objects.filter(username__iexact=pending["username"]).exists():
        return "username_taken"
    return ""


def complete_sign_up(*, username: str, email: str, password: str):
    """Create the (active) account once its owner opened the link and chose a password."""
    User = get_user_model()
    if link_problem({"username": username, "email": email}):
        raise ValidationError("This sign-up link cannot be used any more.")
    try:
        with transaction.atomic():
            return User.objects.create_user(username=username, email=email, password=password)
    except IntegrityError as error:  # the same link opened twice at once
        raise ValidationError("This sign-up link cannot be used any more.") from error
