"""Browser journeys: Debian's Chromium driven by Playwright against pytest-django's live server.

Outside CI the journeys skip, with the reason, only when there is no Chromium; in CI (CI set)
they never skip. A failing journey leaves a screenshot of every page it had open in
tests/journeys/failures/ (git ignores it).
"""

import io
import os
import re
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import override_settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FAILURES = Path(__file__).parent / "failures"
DEVICES = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True},
}
TIMEOUT_MS = 15_000


@contextmanager
def orm_beside_playwright():
    """Playwright's sync API keeps an event loop running in this thread, and Django refuses
    ORM calls from a thread with a running loop; ours are ordinary synchronous calls. Only
    for as long as needed: the variable must not leak into other tests' subprocesses."""
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if before is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


def in_ci():
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists() or in_ci():
        return
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}: apt-get install chromium")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


# One Chromium per module, not per session: while Playwright runs, its event loop counts as
# running in this thread, and Django would refuse the ORM to every later test, journeys or
# not (pytest-django runs all transactional tests together, after the others).
@pytest.fixture(scope="module")
def browser(django_db_setup, django_db_blocker):
    if not CHROMIUM.exists():
        pytest.fail(f"CI must run the browser journeys, but there is no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    set_up = connections[DEFAULT_DB_ALIAS]
    with sync_playwright() as playwright:
        # While Playwright's event loop counts as running in this thread, Django hands out
        # a second, per-context connection, which lacks the copy of the migrated data the
        # serialized rollback restores from.
        in_playwright = connections[DEFAULT_DB_ALIAS]
        if hasattr(set_up, "_test_serialized_contents"):
            in_playwright._test_serialized_contents = set_up._test_serialized_contents
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        # Or that second connection would keep the test database from being dropped.
        with django_db_blocker.unblock(), orm_beside_playwright():
            connections.close_all()


# Chromium logs CSP violations as console errors; listening for the event as well means one
# cannot slip by as a warning, or when the policy is report-only.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`
    + (event.disposition === "report" ? " (report-only)" : ""));
});
"""


class Problems(list):
    """What went wrong in a page apart from its content: console errors, uncaught
    exceptions, CSP violations, failed requests and requests to other sites."""

    def watch(self, page, site_url):
        # Nothing outside the site: no tracking, no CDN, no avatars, whatever the network.
        page.route(lambda url: not url.startswith(site_url), self._outside)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.append(f"uncaught exception: {error}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _outside(self, route):
        self.append(f"request outside the site: {route.request.url}")
        route.abort()

    def _failed(self, request):
        # Abandoned by the page itself: it moved on (a form sent while a background check,
        # such as the plain-words note, was still on its way). The site did not fail; a
        # refused, reset or empty answer has another error and is still reported.
        if request.failure == "net::ERR_ABORTED":
            return
        self.append(f"request failed: {request.url} ({request.failure})")

    def _console(self, message):
        if message.type == "error":
            location = message.location.get("url", "")
            self.append(f"console error: {message.text} ({location})")

    def _response(self, response):
        if response.status >= 400 and response.request.resource_type != "document":
            self.append(f"{response.status} for {response.url}")


@pytest.fixture
def site_url(live_server):
    return live_server.url


@pytest.fixture
def open_page(browser, site_url, request):
    """Open a page in a fresh browser context (its own cookies: one person each), on the
    live server (`page.site_url`). `page.problems` collects what `checks.check_page` fails
    on."""
    contexts = []
    request.node.journey_pages = []

    def open_(device="desktop"):
        context = browser.new_context(base_url=site_url, **DEVICES[device])
        contexts.append(context)
        context.set_default_timeout(TIMEOUT_MS)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        page = context.new_page()
        page.problems = Problems()
        page.problems.watch(page, site_url)
        page.site_url = site_url
        request.node.journey_pages.append(page)
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):
    return open_page("desktop")


@pytest.fixture
def transactional_db(orm_allowed, migrated_data_back_afterwards, _django_db_helper):
    """pytest-django's own, with the data the migrations made put back after its flush."""


@pytest.fixture
def orm_allowed():
    with orm_beside_playwright():
        yield


@pytest.fixture
def migrated_data_back_afterwards(request, django_db_blocker):
    """A serialized rollback ends with a flush that leaves every table empty, without even
    content types. Put back what the migrations made, so that a later transactional test
    elsewhere, or a --reuse-db run, finds the database as if no journey had run. (This is
    set up before pytest-django's helper, so it is torn down after it.)"""
    yield
    connection = connections[DEFAULT_DB_ALIAS]
    serialized = getattr(connection, "_test_serialized_contents", None)
    if serialized and "django_db_serialized_rollback" in request.fixturenames:
        with django_db_blocker.unblock():
            connection.creation.deserialize_db_from_string(serialized)


@pytest.fixture
def demo_site(transactional_db, django_db_serialized_rollback):
    """The demo content from `seed_demo` (which runs only with DEBUG on), on top of what
    Wagtail's and wagtail-localize's migrations made (the serialized rollback brings that
    back after the previous test's flush)."""
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=io.StringIO())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        FAILURES.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", item.nodeid.split("::", 1)[-1]).strip("_")
        for number, page in enumerate(getattr(item, "journey_pages", []), start=1):
            if page.is_closed():
                continue
            path = FAILURES / f"{name}-{number}.png"
            try:
                page.screenshot(path=path, full_page=True)
                report.sections.append(("screenshot", str(path)))
            except Exception as error:  # the failure itself may be a dead browser
                report.sections.append(("screenshot", f"none: {error}"))
    return report
