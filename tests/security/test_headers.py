"""Headers and deployment: a strict Content-Security-Policy that every page satisfies, no framing,
HTTPS-only cookies and HSTS in production, and ``check --deploy`` clean."""

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import PASSWORD
from tests.html_safety import executable_content

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "x7#Lq9!vR2@pZ4$wN8^tK1&mB6*cH3(jF5)dS0_gY-eU+aQ=iO-proof",
    "ALLOWED_HOSTS": "haven.example.org",
}
CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "base-uri": "'none'",
    "object-src": "'none'",
}


def _env(**extra) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(DJANGO_SETTINGS_MODULE="haven.settings", **PRODUCTION, **extra)
    return env


@pytest.fixture(scope="module")
def production_settings() -> dict:
    """The security settings Haven computes with DEBUG=0, read in a fresh interpreter."""
    names = [
        "SECURE_SSL_REDIRECT",
        "SECURE_PROXY_SSL_HEADER",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
        "X_FRAME_OPTIONS",
    ]
    probe = (
        "import json, django; from django.conf import settings as s; django.setup();"
        f"print(json.dumps({{n: getattr(s, n) for n in {names!r}}}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=_env(), capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def directives(header: str) -> dict[str, str]:
    parts = (part.strip().split(None, 1) for part in header.split(";") if part.strip())
    return {part[0]: part[1] if len(part) > 1 else "" for part in parts}


def test_production_turns_on_https_only_cookies_and_hsts(production_settings):
    s = production_settings
    assert s["SECURE_SSL_REDIRECT"] is True
    assert s["SESSION_COOKIE_SECURE"] and s["CSRF_COOKIE_SECURE"] and s["SESSION_COOKIE_HTTPONLY"]
    assert s["SECURE_HSTS_SECONDS"] >= 31536000
    assert s["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and s["SECURE_HSTS_PRELOAD"]
    assert s["X_FRAME_OPTIONS"] == "DENY"
    assert s["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_production_pages_go_https_and_send_hsts_and_secure_cookies(
    production_settings, settings, boards
):
    from tests import factories

    for name, value in production_settings.items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)
    factories.UserFactory(username="june")
    client = Client()
    plain = client.get("/accounts/login/")
    assert plain.status_code == 301 and plain["Location"] == "https://testserver/accounts/login/"
    assert "Strict-Transport-Security" not in plain  # never over plain HTTP

    page = client.get("/accounts/login/", secure=True)
    assert page["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert page.cookies[settings.CSRF_COOKIE_NAME]["secure"]
    login = client.post("/accounts/login/", {"username": "june", "password": PASSWORD}, secure=True)
    session = login.cookies[settings.SESSION_COOKIE_NAME]
    assert login.status_code == 302 and session["secure"] and session["httponly"]
    # Behind the load balancer: its X-Forwarded-Proto says the visitor used HTTPS.
    proxied = Client().get("/", HTTP_X_FORWARDED_PROTO="https")
    assert proxied.status_code == 200 and "Strict-Transport-Security" in proxied


def test_check_deploy_is_clean_with_redis_and_production_settings():
    out = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_env(REDIS_URL="redis://127.0.0.1:6379/3"),
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no issues" in out.stdout


# --- Every page: the same strict headers ---------------------------------------------------------
PAGES = [
    "/",
    "/questions/",
    "/questions/ask/",
    "/search/?q=trust",
    "/specialists/",
    "/accounts/login/",
    "/accounts/signup/",
    "/forum/",
    "/admin/login/",
    "/no-such-page/",
]


def _pages(world) -> list[str]:
    t = world.topic
    board = f"/forum/forum/{t.forum.slug}-{t.forum_id}/"
    return [
        *PAGES,
        world.question.get_absolute_url(),
        "/members/dr-sage/",
        board,
        f"{board}topic/{t.slug}-{t.pk}/",
        "/moderation/",
        "/accounts/settings/",
        "/specialists/apply/",
    ]


def test_every_page_sends_a_strict_csp_and_the_other_security_headers(world):
    client = Client()
    client.force_login(world.moderator)
    for url in _pages(world):
        response = client.get(url, follow=True)
        policy = directives(response["Content-Security-Policy"])
        assert policy == CSP, url
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert "microphone=()" in response["Permissions-Policy"]


def test_the_policy_allows_nothing_inline_and_nothing_from_elsewhere():
    values = " ".join(CSP.values())
    for loose in ("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "blob:"):
        assert loose not in values.split()
    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].keys() == CSP.keys()


class _InlineFinder(HTMLParser):
    """What a strict CSP would block in a page: inline scripts, styles and handlers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        if tag == "style":
            self.found.append("<style> element")
        if tag == "script" and not names.get("src"):
            self.found.append("inline <script>")
        if "style" in names:
            self.found.append(f"style= on <{tag}>")
        self.found += [f"{name}= on <{tag}>" for name in names if name.startswith("on")]


def test_no_page_needs_inline_script_style_or_handlers(world):
    for role in ("visitor", "member", "specialist", "moderator"):
        client = Client()
        if role != "visitor":
            client.force_login(world.users[role])
        for url in _pages(world):
            html = client.get(url, follow=True).content.decode()
            finder = _InlineFinder()
            finder.feed(html)
            assert finder.found == [], f"{url} as {role}: {finder.found}"
            if not url.startswith("/admin/"):  # Django's admin draws its icons with <svg>
                assert executable_content(html) == [], url


def test_the_error_pages_need_no_inline_style_either(rf):
    from haven import views

    for response in (views.server_error(rf.get("/")), views.not_found(rf.get("/x"))):
        finder = _InlineFinder()
        finder.feed(response.content.decode())
        assert finder.found == []


def test_credential_documents_keep_their_own_sandbox_policy(world):
    client = Client()
    client.force_login(world.moderator)
    response = client.get(f"/specialists/documents/{world.document.pk}/")
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["Cache-Control"] == "private, no-store"
