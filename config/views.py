import json
import logging
from urllib.parse import urlsplit

from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .ratelimits import limit_reached
from .security_log import log_event

MAX_CSP_REPORT_BYTES = 10_000


def too_many_requests(request, exception=None):
    """Beyond an abuse limit, ours (RATELIMIT_VIEW) or allauth's (handler429)."""
    return render(request, "429.html", status=429)


@csrf_exempt  # browsers send violation reports without cookies or tokens
@require_POST
def csp_report(request):
    """Browsers report what the Content-Security-Policy blocked (or, in the admin, would
    block). Logged without the page's query string or the blocked code's sample."""
    # One page can send many reports: beyond the limit they are dropped without a word,
    # so that a flood of them cannot flood the log with "throttled" lines either.
    if limit_reached(request, "csp_report"):
        return HttpResponse(status=204)
    if int(request.headers.get("Content-Length") or 0) > MAX_CSP_REPORT_BYTES:
        return HttpResponse(status=413)
    try:
        report = json.loads(request.body)["csp-report"]
        directive = str(report.get("effective-directive") or report["violated-directive"])
    except (ValueError, KeyError, TypeError):
        return HttpResponseBadRequest()
    log_event(
        "csp_violation",
        request=request,
        level=logging.INFO,
        directive=directive[:60],
        blocked=_origin_or_keyword(report.get("blocked-uri", "")),
        page=urlsplit(str(report.get("document-uri", ""))).path[:200],
    )
    return HttpResponse(status=204)


def _origin_or_keyword(uri):
    """'inline', 'eval', or the origin of a blocked URL, never its path or query."""
    parts = urlsplit(str(uri))
    if parts.scheme in {"http", "https"}:
        return f"{parts.scheme}://{parts.netloc}"[:100]
    return (parts.scheme or str(uri))[:20]
