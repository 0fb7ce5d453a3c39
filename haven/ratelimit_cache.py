"""The cache that holds rate-limit counters: Redis, and this process's memory while Redis
cannot be reached.

With Redis down, django-ratelimit would get no count and, failing closed, refuse every limited
request — logging in included, so nobody could log in. Counting in local memory instead keeps
every limit in force during an outage, only per process: with N web workers a limit is at most
N times looser until Redis answers again, when the shared counts take over.
"""

import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
UNREACHABLE = (RedisError, ConnectionInterrupted, OSError)


class RedisWithLocalFallback(BaseCache):
    def __init__(self, server, params):
        super().__init__(params)
        options = {**params.get("OPTIONS", {}), "IGNORE_EXCEPTIONS": False}
        self.shared = RedisCache(server, {**params, "OPTIONS": options})
        self.local = LocMemCache("haven-ratelimit-fallback", params)

    def _call(self, method, *args, **kwargs):
        try:
            return getattr(self.shared, method)(*args, **kwargs)
        except UNREACHABLE as error:
            logger.warning("Rate limits counted in this process: Redis unreachable (%s)", error)
            return getattr(self.local, method)(*args, **kwargs)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version)

    def clear(self):
        self.local.clear()
        return self._call("clear")
