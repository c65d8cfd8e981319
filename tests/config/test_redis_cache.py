"""The Redis cache backend keeps one redis-py client per connection pool (config.redis_cache)."""

import pytest
import redis

from config.redis_cache import RedisCache

SERVER = "redis://127.0.0.1:6379/15"


@pytest.fixture
def redis_cache():
    try:
        redis.Redis.from_url(SERVER).ping()
    except redis.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    cache = RedisCache(SERVER, {"KEY_PREFIX": "coproduce-test"})
    yield cache
    cache.clear()


def test_one_client_serves_every_call(redis_cache):
    client = redis_cache._cache.get_client()
    assert redis_cache._cache.get_client(write=True) is client
    redis_cache.set("greeting", {"text": "Hello"}, 30)
    assert redis_cache.get("greeting") == {"text": "Hello"}
    assert redis_cache._cache.get_client() is client
