import json

from django.contrib import messages
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from . import home_lists
from .data_export import export_member_data
from .decorators import account_holder_required, member_required
from .forms import DeleteAccountForm, ProfileForm
from .leaving import leave_forum
from .reader_cache import HOME, kept_for_reader
from .roles import is_approved_member


@member_required
@kept_for_reader(HOME)
def home(request):
    member = request.user.member
    return render(
        request,
        "members_area/home.html",
        {
            "member": member,
            "can_take_part": is_approved_member(request.user),
            "your_ideas": home_lists.your_ideas(member),
            "ideas_to_cosign": home_lists.ideas_to_cosign(member),
            "replies_to_you": home_lists.replies_to_you(member),
        },
    )


@account_holder_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user.member)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your changes are saved."))
        return redirect("members_area:profile")
    return render(request, "members_area/profile.html", {"form": form})


@account_holder_required
def your_data(request):
    return render(request, "members_area/your_data.html")


@account_holder_required
def download_data(request):
    data = export_member_data(request.user.member)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="coproduce-my-data.json"'
    return response


@account_holder_required
def delete_account(request):
    form = DeleteAccountForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        leave_forum(request)
        return redirect("members_area:account_deleted")
    return render(request, "members_area/delete_account.html", {"form": form})


def account_deleted(request):
    return render(request, "members_area/account_deleted.html")


def privacy_notice(request):
    return render(request, "members_area/privacy.html")
