"""Haven's settings: everything comes from the environment, with defaults that run locally.

Embedded defaults (no variable set): SQLite, a Whoosh index and uploads under ``var/``,
a local-memory cache and e-mail printed to the console. Production sets ``DATABASE_URL``,
``REDIS_URL``, ``SEARCH_URL``, ``EMAIL_URL``, ``SECRET_KEY``, ``DEBUG=0`` and
``ALLOWED_HOSTS``; see the README's table.
"""

from pathlib import Path

import environ
from machina import MACHINA_MAIN_STATIC_DIR, MACHINA_MAIN_TEMPLATE_DIR

from haven.envurls import search_url_config

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

DEBUG = env.bool("DEBUG", default=True)
_DEV_SECRET = "django-insecure-local-development-key-never-use-in-production"  # noqa: S105
SECRET_KEY = env.str("SECRET_KEY", default=_DEV_SECRET)
if not DEBUG and SECRET_KEY == _DEV_SECRET:
    raise environ.ImproperlyConfigured("Set SECRET_KEY when DEBUG=0.")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Mutable data (search index, uploads, private documents) lives under one folder.
DATA_DIR = Path(env.str("HAVEN_DATA_DIR", default=str(BASE_DIR / "var")))
DATA_DIR.mkdir(parents=True, exist_ok=True)  # SQLite creates its file, not the folder

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # django-machina and what it needs. Machina's apps come before ours: machina's class
    # loader resolves the label "forum" to the first installed app that looks like it.
    "mptt",
    "haystack",
    "widget_tweaks",
    "django_ratelimit",
    "machina",
    "machina.apps.forum",
    "machina.apps.forum_conversation",
    "machina.apps.forum_conversation.forum_attachments",
    "machina.apps.forum_conversation.forum_polls",
    "machina.apps.forum_feeds",
    "machina.apps.forum_moderation",
    "machina.apps.forum_search",
    "machina.apps.forum_tracking",
    "machina.apps.forum_member",
    "machina.apps.forum_permission",
    # Haven, bottom layer first.
    "forum.apps.BoardsConfig",
    "moderation",
    "profiles",
    "questions",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "forum.middleware.ForumPermissionMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "haven.urls"
WSGI_APPLICATION = "haven.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Our templates first: they override machina's.
        "DIRS": [BASE_DIR / "templates", MACHINA_MAIN_TEMPLATE_DIR],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "machina.core.context_processors.metadata",
                "haven.context_processors.site",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'haven.sqlite3'}"),
}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# machina's apps declare no default_auto_field: keep AutoField globally so makemigrations
# never writes into site-packages. Haven's own apps use BigAutoField in their AppConfig.
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# --- Cache, sessions, rate limits ---------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="") or env.str("CACHE_URL", default="")
if REDIS_URL:
    CACHES = {"default": env.cache_url_config(REDIS_URL)}
    if "django_redis" in CACHES["default"]["BACKEND"]:
        # Redis down must not take Haven down: a failed cache read is a miss and a failed write
        # is dropped (and logged), within a second.
        CACHES["default"].setdefault("OPTIONS", {}).update(
            IGNORE_EXCEPTIONS=True, SOCKET_CONNECT_TIMEOUT=0.5, SOCKET_TIMEOUT=1
        )
        DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
        # Rate-limit counters: the same Redis, counted in this process's memory while Redis
        # is down, so every limit stays in force and nobody is locked out (ratelimit_cache.py).
        CACHES["ratelimit"] = {
            **CACHES["default"],
            "BACKEND": "haven.ratelimit_cache.RedisWithLocalFallback",
        }
    # Sessions are kept in the database and cached in Redis: members stay logged in while Redis
    # is down (Django's cached_db engine falls back to the database on cache errors).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "haven-default",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
CACHES["machina_attachments"] = {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": str(DATA_DIR / "cache" / "machina_attachments"),
}
SHARED_CACHE = bool(REDIS_URL) and "redis" in CACHES["default"]["BACKEND"].lower()

RATELIMIT_USE_CACHE = "ratelimit" if "ratelimit" in CACHES else "default"
RATELIMIT_ENABLE = env.bool("RATELIMIT_ENABLE", default=True)
RATELIMIT_VIEW = "haven.views.ratelimited"
# Should a count ever fail, the request is refused, never let through unlimited.
RATELIMIT_FAIL_OPEN = False
SILENCED_SYSTEM_CHECKS = []
if RATELIMIT_USE_CACHE == "ratelimit":
    # django-ratelimit only knows the plain django-redis class; Haven's wraps it (W001).
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.W001"]
if not SHARED_CACHE:
    # The embedded default is one process (runserver), so a local-memory cache counts every
    # request. django-ratelimit cannot know that and refuses it (E003); production sets
    # REDIS_URL, which turns this silence off.
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]

# --- Search -------------------------------------------------------------------------------
HAYSTACK_CONNECTIONS = {
    "default": search_url_config(env.str("SEARCH_URL", default=""), DATA_DIR / "whoosh_index"),
}
# machina's own PostIndex stores the poster's name, which would leak anonymous askers.
HAYSTACK_CONNECTIONS["default"]["EXCLUDED_INDEXES"] = [
    "machina.apps.forum_search.search_indexes.PostIndex"
]
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20
# "Did you mean": Elasticsearch and Solr suggest with each search; for Whoosh Haven asks the
# index's own dictionary only when results are few (questions/search.py), which costs less.
if "whoosh" not in HAYSTACK_CONNECTIONS["default"]["ENGINE"]:
    HAYSTACK_CONNECTIONS["default"].setdefault("INCLUDE_SPELLING", True)
# Saves and deletes only queue index changes; `process_search_queue` writes them (one writer).
HAYSTACK_SIGNAL_PROCESSOR = "questions.indexing.QueuedSignalProcessor"
# Every document in the index is of a registered model: skip haystack's extra "which models"
# query on each search (with Whoosh it runs a second full search).
HAYSTACK_LIMIT_TO_REGISTERED_MODELS = False

# --- E-mail ------------------------------------------------------------------------------
EMAIL_URL = env.str("EMAIL_URL", default="")
if EMAIL_URL:
    vars().update(env.email_url_config(EMAIL_URL))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Haven <no-reply@haven.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Accounts ----------------------------------------------------------------------------
AUTH_USER_MODEL = "profiles.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "questions:home"
LOGOUT_REDIRECT_URL = "questions:home"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation ----------------------------------------------------------------
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static", MACHINA_MAIN_STATIC_DIR]
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
# Credential documents: outside MEDIA_ROOT, served only through a permission-checked view.
PRIVATE_MEDIA_ROOT = DATA_DIR / "private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env.bool("STATIC_MANIFEST", default=not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Security -----------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)

# --- django-machina ------------------------------------------------------------------------
MACHINA_FORUM_NAME = "Haven"
MACHINA_BASE_TEMPLATE_NAME = "base.html"
MACHINA_MARKUP_LANGUAGE = ("haven.markup.render_markdown", {})
MACHINA_MARKUP_WIDGET = "django.forms.Textarea"
MACHINA_USER_DISPLAY_NAME_METHOD = "get_public_name"
MACHINA_DEFAULT_AUTHENTICATED_USER_FORUM_PERMISSIONS = [
    "can_see_forum",
    "can_read_forum",
    "can_edit_own_posts",
    "can_post_without_approval",
    "can_vote_in_polls",
    "can_download_file",
    "can_subscribe_to_topics",
]

# --- Haven ---------------------------------------------------------------------------------
SITE_NAME = "Haven"
# Visitors (not logged in) share a cached copy of each question page; see questions/page_cache.py.
HAVEN_PAGE_CACHE = env.bool("HAVEN_PAGE_CACHE", default=True)
# Where "Leave this site quickly" goes: a neutral page that gives nothing away.
HAVEN_QUICK_EXIT_URL = env.str("HAVEN_QUICK_EXIT_URL", default="https://www.bbc.co.uk/weather")
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# A rejected specialist applicant may reopen their application this many days after the decision.
HAVEN_SPECIALIST_REAPPLY_DAYS = env.int("HAVEN_SPECIALIST_REAPPLY_DAYS", default=30)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}

# --- Moderation ----------------------------------------------------------------------------
# Suspended and banned members are logged out (and told why); expired sanctions end.
MIDDLEWARE += ["moderation.middleware.SanctionMiddleware"]
# The first backend also loads "has an open sanction?" with the member (no extra query); Django's
# own stays listed so sessions started with it (e.g. right after sign-up) remain valid.
AUTHENTICATION_BACKENDS = [
    "moderation.backends.SanctionAwareBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# This many different members flagging the same thing hides it until a moderator decides
# (0 turns automatic hiding off).
HAVEN_AUTO_HIDE_FLAGS = env.int("HAVEN_AUTO_HIDE_FLAGS", default=3)
# A moderator's claim on a review item lapses after this many minutes.
HAVEN_CLAIM_MINUTES = env.int("HAVEN_CLAIM_MINUTES", default=30)
# Shown in the help banner when crisis language is detected, under "If you or anyone else is in
# danger right now, call your local emergency number". Plain links only: no page requests
# anything from these hosts. "categories" (optional) limits an entry to what was found:
# suicide, self_harm, abuse, child.
HAVEN_CRISIS_RESOURCES = [
    {
        "region": "Anywhere",
        "name": "Find a free, confidential helpline in your country",
        "phone": "",
        "url": "https://findahelpline.com",
    },
    {
        "region": "United States",
        "name": "988 Suicide & Crisis Lifeline (call or text)",
        "phone": "988",
        "url": "https://988lifeline.org",
    },
    {
        "region": "Canada",
        "name": "9-8-8 Suicide Crisis Helpline (call or text)",
        "phone": "988",
        "url": "https://988.ca",
    },
    {
        "region": "United Kingdom & Ireland",
        "name": "Samaritans",
        "phone": "116 123",
        "url": "https://www.samaritans.org",
    },
    {
        "region": "Australia",
        "name": "Lifeline",
        "phone": "13 11 14",
        "url": "https://www.lifeline.org.au",
    },
    {
        "region": "United States",
        "name": "National Domestic Violence Hotline",
        "phone": "1-800-799-7233",
        "url": "https://www.thehotline.org",
        "categories": ["abuse", "child"],
    },
    {
        "region": "United Kingdom",
        "name": "National Domestic Abuse Helpline",
        "phone": "0808 2000 247",
        "url": "https://www.nationaldahelpline.org.uk",
        "categories": ["abuse"],
    },
    {
        "region": "United States",
        "name": "Childhelp National Child Abuse Hotline",
        "phone": "1-800-422-4453",
        "url": "https://www.childhelphotline.org",
        "categories": ["child"],
    },
    {
        "region": "United Kingdom",
        "name": "NSPCC Helpline (worried about a child)",
        "phone": "0808 800 5000",
        "url": "https://www.nspcc.org.uk",
        "categories": ["child"],
    },
]

# --- Content Security Policy and Permissions-Policy ----------------------------------------------
# Strict: only Haven's own scripts, styles, images and fonts; no inline script or style
# attribute is needed by any Haven page (see tests/browser/test_csp.py).
from csp.constants import NONE, SELF  # noqa: E402

INSTALLED_APPS += ["csp"]
MIDDLEWARE += ["csp.middleware.CSPMiddleware", "haven.middleware.PermissionsPolicyMiddleware"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
# Powerful browser features no Haven page uses, switched off for every page (and any frame).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
