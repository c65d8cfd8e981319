"""Members writing ideas together: start, edit (merged with others' changes), share,
co-authors, suggested changes and history. Thin views over policies.drafting; who may do
what is asked of policies.permissions."""

from functools import wraps
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from config.ratelimits import limit
from policies import drafting, history
from policies import permissions as can
from policies.comments import comment_threads, threads_by_section
from policies.draft_models import Follow, Suggestion
from policies.member_text import html_to_text
from policies.models import PolicyIndexPage, PolicyPage

from .comment_fragments import Reader, rendered_threads
from .draft_forms import DeclineForm, IdeaForm, MemberSearchForm, SectionFormSet, SuggestionForm
from .models import Member
from .reader_cache import IDEA, kept_for_reader
from .roles import is_approved_member, member_of

UNSAVED_KEY = "unsaved-form:{}"


def signed_in(view):
    """Like login_required, but a form sent after the session ran out is kept in the new
    session and shown again after signing in, so nothing typed is lost.
    (To swap for members_area.decorators.approved_member_required once that exists; the
    keeping of unsent text would then move there.)"""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if request.method == "POST":
                data = {k: v for k, v in request.POST.lists() if k != "csrfmiddlewaretoken"}
                request.session[UNSAVED_KEY.format(request.path)] = data
            return redirect_to_login(request.path)
        return never_cache(view)(request, *args, **kwargs)

    return wrapper


def signed_in_action(view):
    """For buttons that only POST (share, follow, accept…): after signing in again, go
    back to the page the button was on, since nothing typed needs keeping."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            back = request.META.get("HTTP_REFERER", "")
            safe = url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()})
            return redirect_to_login(urlsplit(back).path if safe and back else "/members/")
        return never_cache(require_POST(view))(request, *args, **kwargs)

    return wrapper


def approved_member(request):
    """The signed-in approved member, or 403 (pending members and staff write nothing)."""
    if not is_approved_member(request.user):
        raise PermissionDenied
    return member_of(request.user)


def unsaved_form_data(request):
    """What this person sent before being asked to sign in again, if anything."""
    data = request.session.pop(UNSAVED_KEY.format(request.path), None)
    if data is None:
        return None
    messages.warning(
        request,
        _(
            "You were signed out before your changes were saved. What you wrote is below: "
            "check it, then save."
        ),
    )
    query = QueryDict(mutable=True)
    for key, values in data.items():
        query.setlist(key, values)
    return query


def get_draft(request, pk):
    """The idea, if this person may see it; otherwise 404, as if it did not exist."""
    page = PolicyPage.objects.filter(pk=pk).first()
    if page is None or not can.can_view_draft(request.user, page):
        raise Http404
    return page


def get_versions(request, pk):
    page = get_draft(request, pk)
    if not can.can_see_versions(request.user, page):
        raise Http404
    return page


def draft_url(page):
    return reverse("members_area:draft", args=[page.pk])


@signed_in
def idea_list(request):
    member = member_of(request.user)
    drafts = PolicyPage.objects.filter(live=False).order_by("-latest_revision_created_at")
    yours = drafts.filter(authorships__member=member) if member else drafts.none()
    shared = (
        drafts.filter(shared_with_forum=True).exclude(authorships__member=member)
        if is_approved_member(request.user)
        else drafts.none()
    )
    return render(request, "members_area/drafts/list.html", {"yours": yours, "shared": shared})


# ----- Writing: start and edit ---------------------------------------------------------


def typed_rows(formset):
    """Everything typed into the sections, valid or not."""
    return [
        {
            "block_id": form["block_id"].value() or "",
            "heading": form["heading"].value() or "",
            "text": form["text"].value() or "",
            "DELETE": bool(form["DELETE"].value()),
            "take": form["take"].value() or "",
        }
        for form in formset.forms
    ]


def rearranged(action, rows):
    """Add or move a section for the buttons that work without JavaScript."""
    if action == "add":
        return [*rows, {"block_id": "", "heading": "", "text": "", "DELETE": False, "take": ""}]
    direction, _sep, index = action.partition("-")
    if direction in ("up", "down") and index.isdigit():
        i = int(index)
        j = i - 1 if direction == "up" else i + 1
        if 0 <= i < len(rows) and 0 <= j < len(rows):
            rows[i], rows[j] = rows[j], rows[i]
    return rows


def section_rows_of(draft_body, deleted_ids=()):
    return [
        {
            "block_id": block["id"],
            "heading": block["value"]["heading"],
            "text": html_to_text(block["value"]["text"]),
            "DELETE": block["id"] in deleted_ids,
        }
        for block in draft_body
        if block["type"] == "section"
    ]


def render_editor(request, page, form, formset, conflicts=None, closed=False, status=200):
    conflicts = conflicts or {}
    rows = [(f, conflicts.get(f["block_id"].value())) for f in formset.forms]
    has_errors = bool(form.errors or any(formset.errors) or formset.non_form_errors())
    return render(
        request,
        "members_area/drafts/editor.html",
        {
            "page": page,
            "form": form,
            "formset": formset,
            "rows": rows,
            "conflicts": conflicts,
            "title_conflict": conflicts.get("title"),
            "summary_conflict": conflicts.get("summary"),
            "has_errors": has_errors,
            "closed": closed,
        },
        status=status,
    )


def unbound_editor(data, rows):
    form = IdeaForm(
        initial={
            "title": data.get("title", ""),
            "summary": data.get("summary", ""),
            "base_revision": data.get("base_revision"),
        }
    )
    return form, SectionFormSet(initial=rows, prefix="sections")


def kept_rows(formset):
    return [
        {"id": r["block_id"], "heading": r["heading"], "text": r["text"], "take": r["take"]}
        for r in typed_rows(formset)
        if not r["DELETE"] and (r["heading"].strip() or r["text"].strip())
    ]


@signed_in
def start_idea(request):
    member = approved_member(request)
    data = request.POST if request.method == "POST" else unsaved_form_data(request)
    if data is None:
        form = IdeaForm()
        formset = SectionFormSet(
            initial=[{"heading": _("What is wrong now"), "text": ""}], prefix="sections"
        )
        return render_editor(request, None, form, formset)
    form, formset = IdeaForm(data), SectionFormSet(data, prefix="sections")
    action = data.get("action", "save")
    if action != "save" or request.method != "POST":
        if action != "save":
            form, formset = unbound_editor(data, rearranged(action, typed_rows(formset)))
        return render_editor(request, None, form, formset)
    if not (form.is_valid() and formset.is_valid()):
        return render_editor(request, None, form, formset)
    index = get_object_or_404(PolicyIndexPage, locale=Locale.get_default())
    page = drafting.start_idea(
        member, index, form.cleaned_data["title"], form.cleaned_data["summary"], kept_rows(formset)
    )
    messages.success(
        request, _("Your idea is saved. Only you can see it until you share it with the forum.")
    )
    return redirect(draft_url(page))


def taking_theirs(form, formset, base_draft):
    """Apply "use their text instead" choices from a conflict page: their text is the one
    saved in the version the conflict page started from."""
    saved = {b["id"]: b["value"] for b in base_draft.body.raw_data if b["type"] == "section"}
    title, summary = form.cleaned_data["title"], form.cleaned_data["summary"]
    if form.cleaned_data.get("title_take") == "theirs":
        title = base_draft.title
    if form.cleaned_data.get("summary_take") == "theirs":
        summary = base_draft.summary
    rows = []
    for row in kept_rows(formset):
        if row["take"] == "theirs":
            value = saved.get(row["id"])
            if value is None:
                continue  # they removed it
            row = {
                "id": row["id"],
                "heading": value["heading"],
                "text": html_to_text(value["text"]),
            }
        rows.append(row)
    return title, summary, rows


@signed_in
def edit_draft(request, pk):
    page = get_draft(request, pk)
    member = approved_member(request)
    if not can.is_author(request.user, page):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else unsaved_form_data(request)
    if data is None:
        if not can.is_open_for_editing(page):
            messages.info(request, _("This idea has been sent for review, so it can't be changed."))
            return redirect(draft_url(page))
        draft = drafting.latest_draft(page)
        form = IdeaForm(
            initial={
                "title": draft.title,
                "summary": draft.summary,
                "base_revision": page.latest_revision_id,
            }
        )
        formset = SectionFormSet(initial=section_rows_of(draft.body.raw_data), prefix="sections")
        return render_editor(request, page, form, formset)

    form, formset = IdeaForm(data), SectionFormSet(data, prefix="sections")
    action = data.get("action", "save")
    if action != "save" or request.method != "POST":
        if action != "save":
            form, formset = unbound_editor(data, rearranged(action, typed_rows(formset)))
        return render_editor(request, page, form, formset)
    if not (form.is_valid() and formset.is_valid()):
        return render_editor(request, page, form, formset)
    base_id = form.cleaned_data["base_revision"]
    base = page.revisions.filter(pk=base_id).first() or page.latest_revision
    title, summary, rows = taking_theirs(form, formset, base.as_object())
    try:
        result = drafting.save_draft_edit(member, page, base.pk, title, summary, rows)
    except drafting.DraftClosed:
        page.refresh_from_db()
        return render_editor(request, page, form, formset, closed=True, status=409)
    if result.saved:
        messages.success(request, _("Your changes are saved."))
        return redirect(draft_url(page))
    return render_conflicts(request, page, result)


def render_conflicts(request, page, result):
    """Show the merged draft again: my text in the boxes, theirs beside each conflict."""
    content = result.content
    conflicts = {c.key: c for c in result.conflicts}
    i_removed = {c.key for c in result.conflicts if c.mine is None}
    form = IdeaForm(
        initial={
            "title": content["title"],
            "summary": content["summary"],
            "base_revision": result.revision.pk,
            "title_take": "mine",
            "summary_take": "mine",
        }
    )
    rows = section_rows_of(content["body"], deleted_ids=i_removed)
    for row in rows:
        row["take"] = "mine"
    formset = SectionFormSet(initial=rows, prefix="sections")
    saved_by = history.saved_by(result.revision)
    messages.warning(
        request,
        _(
            "%(name)s saved changes to the same parts while you were writing. Nothing is "
            "lost: for each part marked below, choose which text to keep, or put both "
            "together in the box, then save."
        )
        % {"name": saved_by or _("Someone")},
    )
    return render_editor(request, page, form, formset, conflicts=conflicts, status=409)


# ----- The draft page -------------------------------------------------------------------


@signed_in
@kept_for_reader(IDEA, page="pk")
def draft_detail(request, pk):
    page = get_draft(request, pk)
    user = request.user
    if not can.can_see_versions(user, page):
        return redirect(page.url)  # published: readers see the published page
    draft = drafting.reading_copy(page)
    member = member_of(user)
    reader = Reader(
        member=member,
        language=get_language(),
        can_comment=can.can_comment(user, page),
        can_resolve=can.can_resolve_comments(user, page),
        can_moderate=can.can_moderate(user),
    )
    threads = comment_threads(user, page)
    html = rendered_threads(request, page, threads, reader)
    on_sections, whole, orphaned = threads_by_section(threads, [s.id for s in draft.sections])
    open_suggestions = list(
        Suggestion.objects.filter(page=page, status=Suggestion.Status.OPEN).select_related(
            "proposer"
        )
    )
    context = {
        # Not "page": base.html would treat a members' page as the public page it becomes.
        "idea": page,
        "draft": draft,
        "sections": [
            {
                "section": section,
                "threads": [html[thread.pk] for thread in on_sections[section.id]],
                "suggestions": [s for s in open_suggestions if s.block_id == section.id],
            }
            for section in draft.sections
        ],
        "whole_threads": [html[thread.pk] for thread in whole],
        "orphaned_threads": [html[thread.pk] for thread in orphaned],
        "authors": list(page.authorships.select_related("member")),
        "version_count": page.revisions.count(),
        "following": bool(member) and Follow.objects.filter(page=page, member=member).exists(),
        "can_edit": can.can_edit_draft(user, page),
        "can_share": can.can_share_draft(user, page),
        "can_invite": can.can_invite_coauthors(user, page),
        "can_leave": can.can_leave(user, page),
        "can_comment": reader.can_comment,
        "can_suggest": can.can_suggest_change(user, page),
        "can_follow": can.can_follow(user, page),
        "can_decide": can.can_edit_draft(user, page),
    }
    return render(request, "members_area/drafts/detail.html", context)


@signed_in_action
def share(request, pk):
    page = get_draft(request, pk)
    if not can.can_share_draft(request.user, page):
        raise PermissionDenied
    drafting.share_with_forum(page)
    messages.success(request, _("Your idea is now shared: every forum member can read it."))
    return redirect(draft_url(page))


@signed_in_action
def follow(request, pk):
    page = get_draft(request, pk)
    member = approved_member(request)
    if request.POST.get("follow") == "no":
        drafting.unfollow(member, page)
        messages.success(request, _("You will not hear about this idea any more."))
    elif can.can_follow(request.user, page):
        drafting.follow(member, page)
        messages.success(request, _("You will hear when this idea changes or gets comments."))
    return redirect(draft_url(page))


# ----- Co-authors -----------------------------------------------------------------------


@signed_in
def coauthors(request, pk):
    page = get_draft(request, pk)
    lead = approved_member(request)
    if not can.can_invite_coauthors(request.user, page):
        raise PermissionDenied
    if request.method == "POST":
        invited = get_object_or_404(
            Member, pk=request.POST.get("member"), status=Member.Status.APPROVED
        )
        if drafting.invite_coauthor(lead, page, invited):
            messages.success(
                request,
                _("%(name)s is now a co-author and has been told.") % {"name": invited},
            )
        return redirect("members_area:coauthors", pk=page.pk)
    search = MemberSearchForm(request.GET or None)
    found = []
    if search.is_valid() and search.cleaned_data["q"]:
        found = (
            Member.objects.filter(
                status=Member.Status.APPROVED,
                display_name__icontains=search.cleaned_data["q"],
            )
            .exclude(authorships__page=page)
            .order_by("display_name")[:20]
        )
    return render(
        request,
        "members_area/drafts/coauthors.html",
        {
            "page": page,
            "search": search,
            "found": found,
            "authors": page.authorships.select_related("member"),
        },
    )


@signed_in_action
def leave(request, pk):
    page = get_draft(request, pk)
    member = approved_member(request)
    if not can.can_leave(request.user, page):
        raise PermissionDenied
    drafting.leave_idea(member, page)
    messages.success(request, _("You are no longer a co-author of this idea."))
    if can.can_view_draft(request.user, page):
        return redirect(draft_url(page))
    return redirect("members_area:ideas")


# ----- Suggested changes ----------------------------------------------------------------


@signed_in
@limit("suggest")
def suggest(request, pk, block_id):
    page = get_draft(request, pk)
    member = approved_member(request)
    if not can.can_suggest_change(request.user, page):
        raise PermissionDenied
    section = drafting.find_section(drafting.latest_draft(page), block_id)
    if section is None:
        raise Http404
    data = request.POST if request.method == "POST" else unsaved_form_data(request)
    initial = {"text": html_to_text(section.value["text"].source)}
    form = SuggestionForm(initial=initial) if data is None else SuggestionForm(data)
    if request.method == "POST" and form.is_valid():
        try:
            drafting.suggest_change(member, page, block_id, form.cleaned_data["text"])
        except drafting.SectionGone:
            raise Http404 from None
        messages.success(request, _("Thank you. The authors will look at your suggestion."))
        return redirect(f"{draft_url(page)}#section-{block_id}")
    return render(
        request,
        "members_area/drafts/suggest.html",
        {"page": page, "section": section, "form": form},
    )


def get_open_suggestion(request, pk, suggestion_pk):
    page = get_draft(request, pk)
    if not can.can_edit_draft(request.user, page):
        raise PermissionDenied
    suggestion = get_object_or_404(
        Suggestion.objects.select_related("proposer__user"),
        pk=suggestion_pk,
        page=page,
        status=Suggestion.Status.OPEN,
    )
    return page, suggestion


@signed_in_action
def accept_suggestion(request, pk, suggestion_pk):
    page, suggestion = get_open_suggestion(request, pk, suggestion_pk)
    try:
        drafting.accept_suggestion(approved_member(request), suggestion)
    except drafting.SectionGone:
        messages.error(request, _("That section has been removed, so the change can't be made."))
        return redirect(draft_url(page))
    messages.success(
        request,
        _("The change is made, and %(name)s is credited in the history.")
        % {"name": suggestion.proposer},
    )
    return redirect(f"{draft_url(page)}#section-{suggestion.block_id}")


@signed_in
def decline_suggestion(request, pk, suggestion_pk):
    page, suggestion = get_open_suggestion(request, pk, suggestion_pk)
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        drafting.decline_suggestion(
            approved_member(request), suggestion, form.cleaned_data["reason"]
        )
        messages.success(request, _("You said no, and told them why."))
        return redirect(draft_url(page))
    return render(
        request,
        "members_area/drafts/decline.html",
        {"page": page, "suggestion": suggestion, "form": form},
    )


# ----- History --------------------------------------------------------------------------


@signed_in
def versions(request, pk):
    page = get_versions(request, pk)
    revisions = [
        {"revision": revision, "saved_by": history.saved_by(revision)}
        for revision in history.versions(page)
    ]
    credited = dict(
        Suggestion.objects.filter(page=page, status=Suggestion.Status.ACCEPTED)
        .filter(~Q(resolving_revision=None))
        .values_list("resolving_revision_id", "decided_by__display_name")
    )
    for row in revisions:
        row["accepted_by"] = credited.get(row["revision"].pk)
    return render(
        request,
        "members_area/drafts/history.html",
        {
            "page": page,
            "revisions": revisions,
            "can_restore": can.can_edit_draft(request.user, page),
        },
    )


@signed_in
def compare(request, pk):
    page = get_versions(request, pk)
    try:
        ids = [int(request.GET["from"]), int(request.GET["to"])]
    except (KeyError, ValueError):
        raise Http404 from None
    found = {r.pk: r for r in page.revisions.filter(pk__in=ids)}
    if len(found) != len(set(ids)):
        raise Http404
    old, new = sorted((found[i] for i in ids), key=lambda r: (r.created_at, r.pk))
    old_draft, new_draft = old.as_object(), new.as_object()
    return render(
        request,
        "members_area/drafts/compare.html",
        {
            "page": page,
            "old": old,
            "new": new,
            "old_by": history.saved_by(old),
            "new_by": history.saved_by(new),
            "fields": history.compare_fields(old_draft, new_draft),
            "changes": history.compare(old_draft, new_draft),
        },
    )


@signed_in_action
def restore(request, pk, revision_pk):
    page = get_draft(request, pk)
    member = approved_member(request)
    if not can.can_edit_draft(request.user, page):
        raise PermissionDenied
    revision = get_object_or_404(page.revisions, pk=revision_pk)
    try:
        drafting.restore_version(member, page, revision)
    except drafting.DraftClosed:
        messages.error(request, _("This idea has been sent for review, so it can't be changed."))
        return redirect(draft_url(page))
    messages.success(request, _("That version is back, saved as the newest version."))
    return redirect(draft_url(page))
