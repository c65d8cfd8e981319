"""Django's and allauth's login backends, loading the person's Member record with their
user: every members' page asks for it, and this saves a query on each request."""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import backends, get_user_model


class LoadsMember:
    def get_user(self, user_id):
        user = get_user_model()._default_manager.select_related("member").filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(LoadsMember, backends.ModelBackend):
    pass


class AllauthBackend(LoadsMember, AuthenticationBackend):
    pass
