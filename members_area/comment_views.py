"""Comments on a draft: write, reply, edit, delete, resolve, report and (staff) hide."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from config.ratelimits import limit
from policies import comments
from policies import permissions as can
from policies.draft_models import Comment
from policies.drafting import find_section, latest_draft
from policies.translation import machine_translate

from .draft_forms import CommentEditForm, CommentForm, ReportForm
from .draft_views import (
    approved_member,
    draft_url,
    get_draft,
    signed_in,
    signed_in_action,
    unsaved_form_data,
)


def comment_url(comment):
    return f"{draft_url(comment.page)}#comment-{comment.pk}"


def get_comment(request, comment_pk):
    """A comment this person can read, on a draft they can see; otherwise 404."""
    comment = get_object_or_404(
        Comment.objects.filter(can.visible_comments_filter(request.user)).select_related("page"),
        pk=comment_pk,
    )
    get_draft(request, comment.page_id)
    return comment


@signed_in
@limit("comment")
def add_comment(request, pk):
    page = get_draft(request, pk)
    member = approved_member(request)
    if not can.can_comment(request.user, page):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else unsaved_form_data(request)
    form = CommentForm(data)
    # Text kept from before signing in comes back on a GET: shown, never posted, until sent.
    if request.method == "POST" and form.is_valid():
        parent = None
        if form.cleaned_data["parent"]:
            parent = get_comment(request, form.cleaned_data["parent"])
            if parent.page_id != page.pk:
                raise PermissionDenied
        block_id = form.cleaned_data["block_id"]
        if block_id and find_section(latest_draft(page), block_id) is None:
            block_id = ""  # the section went while they were writing: keep it on the idea
        comment = comments.add_comment(
            member,
            page,
            form.cleaned_data["text"],
            block_id=block_id,
            parent=parent,
            staff_only=form.cleaned_data["staff_only"],
        )
        messages.success(request, _("Your comment is posted."))
        return redirect(comment_url(comment))
    return render(request, "members_area/drafts/comment_form.html", {"page": page, "form": form})


@signed_in
def edit_comment(request, comment_pk):
    comment = get_comment(request, comment_pk)
    if not can.can_change_comment(request.user, comment):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else unsaved_form_data(request)
    if data is None:
        data = QueryDict(mutable=True)
        data["text"] = comment.text
    form = CommentEditForm(data)
    if request.method == "POST" and form.is_valid():
        comments.edit_comment(comment, form.cleaned_data["text"])
        messages.success(request, _("Your comment is changed."))
        return redirect(comment_url(comment))
    return render(
        request,
        "members_area/drafts/comment_edit.html",
        {"page": comment.page, "comment": comment, "form": form},
    )


@signed_in_action
def delete_comment(request, comment_pk):
    comment = get_comment(request, comment_pk)
    if not can.can_change_comment(request.user, comment):
        raise PermissionDenied
    comments.delete_comment(comment)
    messages.success(request, _("Your comment is deleted."))
    return redirect(comment_url(comment))


@signed_in_action
def resolve_comment(request, comment_pk):
    comment = get_comment(request, comment_pk)
    if not can.can_resolve_comments(request.user, comment.page):
        raise PermissionDenied
    comments.set_resolved(comment, request.POST.get("resolved") != "no")
    return redirect(comment_url(comment))


@signed_in
@limit("report")
def report_comment(request, comment_pk):
    comment = get_comment(request, comment_pk)
    member = approved_member(request)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        comments.report_comment(member, comment, form.cleaned_data["reason"])
        messages.success(request, _("Thank you. A moderator will look at this comment."))
        return redirect(comment_url(comment))
    return render(
        request,
        "members_area/drafts/comment_report.html",
        {"page": comment.page, "comment": comment, "form": form},
    )


@signed_in_action
def hide_comment(request, comment_pk):
    comment = get_comment(request, comment_pk)
    if not can.can_moderate(request.user):
        raise PermissionDenied
    comments.hide_comment(comment)
    messages.success(request, _("The comment is hidden. Members now see “removed by a moderator”."))
    return redirect(comment_url(comment))


@signed_in
@require_POST
@limit("translate")
def translate_comment(request, comment_pk):
    """A comment in the reader's language, by machine, for this reader only: nothing is
    stored, and the page says plainly that a machine did it. POST, so link-following robots
    never spend the translation service's quota."""
    comment = get_comment(request, comment_pk)
    return render(
        request,
        "members_area/drafts/comment_translated.html",
        {
            "page": comment.page,
            "comment": comment,
            "translation": machine_translate(
                comment.text, comment.author.preferred_language, get_language()
            ),
        },
    )
