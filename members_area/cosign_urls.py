from django.urls import path

from . import cosign_views

urlpatterns = [
    path("ideas/<int:page_id>/co-sign/", cosign_views.cosign, name="cosign"),
    path("ideas/<int:page_id>/co-sign/confirm/", cosign_views.confirm, name="cosign_confirm"),
    path("ideas/<int:page_id>/co-sign/withdraw/", cosign_views.withdraw, name="cosign_withdraw"),
    path("ideas/<int:page_id>/send/", cosign_views.submit, name="idea_submit"),
    path("ideas/<int:page_id>/take-back/", cosign_views.take_back, name="idea_take_back"),
]
