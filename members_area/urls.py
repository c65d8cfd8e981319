from django.urls import include, path

from . import views

app_name = "members_area"

urlpatterns = [
    path("", views.home, name="home"),
    path("", include("members_area.draft_urls")),
]
