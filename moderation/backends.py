"""Django's ``ModelBackend``, telling in the query that loads the member on every request
whether they have an open sanction — so the sanction middleware costs no query for everyone
else."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef

from moderation.models import Sanction


class SanctionAwareBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None and username is not None and password is not None:
            # Django's ModelBackend (listed after this one only so sessions it started stay
            # valid) would check the same password again: stop here instead.
            raise PermissionDenied
        return user

    def get_user(self, user_id):
        open_sanctions = Sanction.objects.filter(
            user=OuterRef("pk"), lifted_at__isnull=True
        ).exclude(kind=Sanction.Kind.WARNING)
        users = get_user_model()._default_manager.annotate(has_open_sanction=Exists(open_sanctions))
        user = users.filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
