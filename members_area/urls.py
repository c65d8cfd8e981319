from django.urls import include, path

from . import readability_views, views

app_name = "members_area"

urlpatterns = [
    path("", views.home, name="home"),
    path("ideas/readability/", readability_views.readability, name="readability"),
    path("", include("members_area.cosign_urls")),
    path("", include("members_area.draft_urls")),
    path("profile/", views.profile, name="profile"),
    path("your-data/", views.your_data, name="your_data"),
    path("your-data/download/", views.download_data, name="download_data"),
    path("your-data/delete/", views.delete_account, name="delete_account"),
    path("account-deleted/", views.account_deleted, name="account_deleted"),
    path("privacy/", views.privacy_notice, name="privacy"),
]
