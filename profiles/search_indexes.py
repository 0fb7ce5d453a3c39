"""What search knows about specialists: verified, unexpired profiles of active members only.

Field names match the other indexes (``kind``, ``title``, ``url``, ``created`` …) so specialists
can be mixed into one result list. Nothing private is indexed: no licence number, no documents,
no e-mail; only what the public profile shows.
"""

from django.db.models import Q
from django.utils import timezone
from haystack import indexes

from profiles.models import SpecialistProfile


def _formats(profile) -> list[str]:
    formats = getattr(profile, "session_formats", None)
    if formats is not None:
        return list(formats)
    return [
        label
        for offered, label in (
            (profile.offers_online, "Online"),
            (profile.offers_in_person, "In person"),
        )
        if offered
    ]


class SpecialistIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True)
    kind = indexes.MultiValueField()
    title = indexes.CharField()
    url = indexes.CharField(indexed=False)
    created = indexes.DateTimeField()
    votes = indexes.IntegerField(default=0)
    professional_title = indexes.CharField(indexed=False)
    category = indexes.MultiValueField()  # the boards they specialise in
    specialisation_names = indexes.MultiValueField(indexed=False)
    languages = indexes.MultiValueField()
    formats = indexes.MultiValueField()
    free_consultation = indexes.BooleanField()

    def get_model(self):
        return SpecialistProfile

    def index_queryset(self, using=None):
        today = timezone.localdate()
        return (
            SpecialistProfile.objects.filter(
                status=SpecialistProfile.Status.VERIFIED, user__is_active=True
            )
            .filter(Q(licence_expiry__isnull=True) | Q(licence_expiry__gte=today))
            .select_related("user")
            .prefetch_related("specialisations__forum")
        )

    def prepare_text(self, profile):
        parts = [
            profile.user.public_name,
            profile.user.public_name,  # the name weighs like other documents' titles
            profile.professional_title,
            profile.qualifications,
            " ".join(board.forum.name for board in profile.specialisations.all()),
            " ".join(profile.language_list),
            " ".join(_formats(profile)),
            profile.location,
            profile.approach,
            profile.bio,
        ]
        if profile.offers_free_consultation:
            parts.append("Free first consultation")
        return "\n".join(p for p in parts if p)

    def prepare_kind(self, profile):
        return ["specialist"]

    def prepare_title(self, profile):
        return profile.user.public_name

    def prepare_url(self, profile):
        own_page = getattr(profile, "get_absolute_url", None)
        return own_page() if own_page else profile.user.get_absolute_url()

    def prepare_created(self, profile):
        return profile.verified_at or profile.created

    def prepare_professional_title(self, profile):
        return profile.professional_title

    def prepare_category(self, profile):
        return [board.slug for board in profile.specialisations.all()]

    def prepare_specialisation_names(self, profile):
        return [board.forum.name for board in profile.specialisations.all()]

    def prepare_languages(self, profile):
        return profile.language_list

    def prepare_formats(self, profile):
        return _formats(profile)

    def prepare_free_consultation(self, profile):
        return profile.offers_free_consultation
