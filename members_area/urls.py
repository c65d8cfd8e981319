from django.urls import path

from . import views

app_name = "members_area"

urlpatterns = [
    path("", views.home, name="home"),
]
