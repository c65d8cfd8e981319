from django.urls import path

from . import comment_views, draft_views, notification_views

# Included under /members/ by members_area/urls.py, in the members_area namespace.
urlpatterns = [
    path("ideas/", draft_views.idea_list, name="ideas"),
    path("ideas/new/", draft_views.start_idea, name="start_idea"),
    path("ideas/<int:pk>/", draft_views.draft_detail, name="draft"),
    path("ideas/<int:pk>/edit/", draft_views.edit_draft, name="edit_draft"),
    path("ideas/<int:pk>/share/", draft_views.share, name="share_draft"),
    path("ideas/<int:pk>/follow/", draft_views.follow, name="follow_draft"),
    path("ideas/<int:pk>/co-authors/", draft_views.coauthors, name="coauthors"),
    path("ideas/<int:pk>/leave/", draft_views.leave, name="leave_draft"),
    path("ideas/<int:pk>/sections/<str:block_id>/suggest/", draft_views.suggest, name="suggest"),
    path(
        "ideas/<int:pk>/suggestions/<int:suggestion_pk>/accept/",
        draft_views.accept_suggestion,
        name="accept_suggestion",
    ),
    path(
        "ideas/<int:pk>/suggestions/<int:suggestion_pk>/decline/",
        draft_views.decline_suggestion,
        name="decline_suggestion",
    ),
    path("ideas/<int:pk>/history/", draft_views.versions, name="history"),
    path("ideas/<int:pk>/history/compare/", draft_views.compare, name="compare"),
    path("ideas/<int:pk>/history/<int:revision_pk>/restore/", draft_views.restore, name="restore"),
    path("ideas/<int:pk>/comments/", comment_views.add_comment, name="add_comment"),
    path("comments/<int:comment_pk>/edit/", comment_views.edit_comment, name="edit_comment"),
    path("comments/<int:comment_pk>/delete/", comment_views.delete_comment, name="delete_comment"),
    path(
        "comments/<int:comment_pk>/resolve/", comment_views.resolve_comment, name="resolve_comment"
    ),
    path("comments/<int:comment_pk>/report/", comment_views.report_comment, name="report_comment"),
    path(
        "comments/<int:comment_pk>/translate/",
        comment_views.translate_comment,
        name="translate_comment",
    ),
    path("comments/<int:comment_pk>/hide/", comment_views.hide_comment, name="hide_comment"),
    path("notifications/", notification_views.notification_list, name="notifications"),
    path("notifications/read/", notification_views.mark_read, name="notifications_read"),
]
