"""What every page a journey visits must pass: it loads with its styles, logs no console
error or CSP violation, has no axe-core violation of WCAG 2.2 AA, and reflows at 320px."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
REFLOW_WIDTH = 320

# The axe-core that ships inside axe-playwright-python: nothing is downloaded.
AXE = Axe()


def visit(page, path, status=200, wagtail_admin=False):
    """Go to `path` on the live server and check the page that answers. `wagtail_admin`
    only for Wagtail's own admin screens (see `check_page`)."""
    response = page.goto(path)
    assert response is not None and response.status == status, f"{path} answered {response}"
    forget_expected_error(page, status)
    check_page(page, wagtail_admin)
    return response


def forget_expected_error(page, status):
    """Chromium logs the (expected) error status of the page itself as a console error."""
    if status >= 400:
        expected = f"status of {status}"
        page.problems[:] = [p for p in page.problems if expected not in p or page.url not in p]


def follow(page, link, status=200, wagtail_admin=False):
    """Click a link or a button (a Playwright locator), wait for the page that answers,
    and check it."""
    with page.expect_navigation() as navigation:
        link.click()
    response = navigation.value
    assert response is not None and response.status == status, f"{page.url} answered {response}"
    forget_expected_error(page, status)
    check_page(page, wagtail_admin)
    return response


def check_page(page, wagtail_admin=False):
    """Every check on our own pages. Wagtail's own admin screens are Wagtail's markup
    (known axe failures: Draftail's editor has no accessible name, wagtail#14205), and
    its scripts add inline styles, which the admin's report-only policy reports but
    allows: there, skip axe and let report-only violations pass."""
    assert_styles_loaded(page)
    if wagtail_admin:
        page.problems[:] = [p for p in page.problems if "(report-only)" not in p]
    else:
        assert_accessible(page)
    assert_reflows(page)
    assert_no_problems(page)


def assert_styles_loaded(page):
    """axe's colour-contrast check means nothing without the stylesheet, so insist on it."""
    empty = page.evaluate(
        """() => [...document.querySelectorAll('link[rel="stylesheet"]')]
              .filter((link) => !link.sheet || link.sheet.cssRules.length === 0)
              .map((link) => link.href)"""
    )
    assert not empty, f"stylesheets did not load on {page.url}: {empty}"


def assert_accessible(page):
    """Zero axe-core violations for WCAG 2.0, 2.1 and 2.2, levels A and AA. Colours are
    measured once animations have ended (Wagtail's messages fade in)."""
    page.evaluate(
        """() => Promise.all(document.getAnimations()
              .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
              .map((a) => a.finished.catch(() => null)))"""
    )
    results = AXE.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    if results.violations_count:
        language = page.evaluate("document.documentElement.lang")
        raise AssertionError(
            f"axe found problems on {page.url} (lang={language}):\n{results.generate_report()}"
        )


def assert_reflows(page):
    """WCAG 1.4.10: at 320 CSS pixels wide nothing makes the page scroll sideways."""
    viewport = page.viewport_size
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": viewport["height"]})
    try:
        overflow = page.evaluate(
            """() => {
              const root = document.documentElement;
              if (root.scrollWidth <= root.clientWidth) return null;
              const wide = [...document.body.querySelectorAll("*")]
                .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5
                             || el.getBoundingClientRect().left < -0.5)
                .slice(0, 5)
                .map((el) => el.outerHTML.slice(0, 120));
              return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide};
            }"""
        )
    finally:
        page.set_viewport_size(viewport)
    assert overflow is None, f"{page.url} scrolls sideways at {REFLOW_WIDTH}px: {overflow}"


def assert_no_problems(page):
    """No console error, uncaught exception, CSP violation or failed request so far."""
    problems, page.problems[:] = list(page.problems), []
    assert not problems, f"problems on {page.url}:\n" + "\n".join(problems)


# Everything the keyboard can reach, in document order, and how each looks when it does
# not have focus, so the focused look can be compared with it.
RECORD_TABBABLE = """() => {
  const look = (el) => { const s = getComputedStyle(el);
    return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`; };
  document.activeElement.blur();
  const tabbable = [...document.querySelectorAll(
      'a[href], button, input, select, textarea, summary, [tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length);
  window.journeyRestingLook = new Map(tabbable.map((el) => [el, look(el)]));
  return tabbable.map((el) => el.outerHTML.slice(0, 80));
}"""

FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const look = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
  // A link that wraps has one box per line; the first line's box is surely the link's.
  const box = el.getClientRects()[0];
  const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
  const onTop = document.elementFromPoint(x, y);
  return {
    html: el.outerHTML.slice(0, 80),
    changed: look !== window.journeyRestingLook.get(el),
    marked: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2)
            || s.boxShadow !== "none",
    onScreen: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    uncovered: onTop !== null && (onTop === el || el.contains(onTop)),
  };
}"""


def record_tabbable(page):
    """Blur, then list what the keyboard can reach; call before tabbing."""
    return page.evaluate(RECORD_TABBABLE)


def press_tab(page):
    """Press Tab and return what has focus; fail unless the focus is plainly visible
    (WCAG 2.4.7) and not hidden off screen or under something else (2.4.11)."""
    page.keyboard.press("Tab")
    focus = page.evaluate(FOCUS_STATE)
    assert focus is not None, f"Tab left the page on {page.url}"
    assert focus["changed"] and focus["marked"], f"focus is not visible on {focus['html']}"
    assert focus["onScreen"] and focus["uncovered"], f"focus is hidden on {focus['html']}"
    return focus["html"]
