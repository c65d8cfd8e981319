from django.urls import include, path

from . import readability_views, views

app_name = "members_area"

urlpatterns = [
    path("", views.home, name="home"),
    path("ideas/readability/", readability_views.readability, name="readability"),
    path("", include("members_area.cosign_urls")),
    path("", include("members_area.draft_urls")),
]
