"""Django's Redis cache, keeping its redis-py client.

Django builds a new `redis.Redis` object for every cache call, and building one (its table of
response callbacks) costs more than the call itself: about half a millisecond on the small
server the site runs on, twice on every signed-in page (the session and the page). The
client is only a thin, thread-safe wrapper around the connection pool Django already keeps,
so one per pool is kept instead."""

from django.core.cache.backends import redis


class KeptClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = KeptClient
