"""Deploy checks for the abuse limits."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = ("LocMemCache", "DummyCache", "FileBasedCache", "DatabaseCache")


@register(Tags.security, deploy=True)
def rate_limits_need_a_shared_cache(app_configs, **kwargs):
    cache = getattr(settings, "RATELIMIT_USE_CACHE", "default")
    backend = settings.CACHES[cache]["BACKEND"]
    if backend.endswith(PER_PROCESS_CACHES):
        return [
            Warning(
                f"Rate limits are counted in {backend}, which is not shared between app "
                "servers and does not count atomically, so every limit is multiplied.",
                hint="Set REDIS_URL so the cache (and the rate limits) live in Redis.",
                id="coproduce.W001",
            )
        ]
    return []
