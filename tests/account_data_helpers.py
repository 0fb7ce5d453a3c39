"""A member who did everything (asked, answered as a specialist, voted, flagged, followed,
applied with photo and documents, requested and received consultations, posted on a board),
surrounded by other members' content — for the export and deletion tests."""

from dataclasses import dataclass

from forum.models import Board
from moderation import services as moderation_services
from profiles import services as profile_services
from profiles.models import CredentialDocument
from profiles.uploads import process_photo
from questions import follows, services
from questions.models import Answer, Question, Tag
from tests import factories, moderation_helpers, specialists_helpers


@dataclass
class World:
    robin: object  # the member who will export / delete
    alex: object  # a member whose question Robin answered
    sam: object  # another specialist, who answered Robin's question
    casey: object  # a member who asked Robin for a consultation
    robin_public: Question
    robin_anonymous: Question
    alex_question: Question
    robin_answer: Answer
    sam_answer: Answer
    community_topic: object
    alex_reply: object
    flag: object
    files: list  # (storage, name) of Robin's uploads


ROBIN_ANSWER = "Start with one honest sentence about how you feel, not about what he did."
ALEX_BODY = "My husband works late every night and I feel like a flatmate. How do I say it?"
CASEY_MESSAGE = "Casey's private message: my number is 555-0199, please call after six."


def build_world() -> World:
    robin = specialists_helpers.verified_specialist(
        display_name="Robin Private", specialisations=("marriage", "breakups")
    ).user
    robin.username, robin.email = "robin_private", "robin@private.example"
    robin.bio, robin.location = "Robin's bio line.", "Robin's town"
    robin.save()
    profile_services.update_account(
        user=robin, avatar=process_photo(specialists_helpers.png("me.png"))
    )
    profile = robin.specialist
    profile.photo.save("robin.jpg", process_photo(specialists_helpers.jpeg()), save=True)
    upload = specialists_helpers.pdf("robin-licence.pdf")
    document = CredentialDocument.objects.create(
        profile=profile,
        file=upload,
        original_name="robin-licence.pdf",
        content_type="application/pdf",
        size=upload.size,
    )

    alex = factories.UserFactory(username="alex_other", display_name="Alex Other")
    sam = specialists_helpers.verified_specialist(display_name="Sam Colleague").user
    casey = factories.UserFactory(username="casey_other", email="casey@other.example")

    robin_public = factories.make_question(
        robin, title="How do I stop bringing work stress home?", tags=("stress",)
    )
    robin_anonymous = factories.make_question(
        robin, title="I think I still love my ex, is that wrong?", anonymous=True
    )
    alex_question = factories.make_question(
        alex, title="How do I tell my husband I feel lonely?", body=ALEX_BODY, board="marriage"
    )
    robin_answer = factories.make_answer(alex_question, robin, body=ROBIN_ANSWER)
    sam_answer = factories.make_answer(robin_public, sam, body="Make a small ritual at the door.")
    services.mark_helped(user=alex, answer=robin_answer, question=alex_question)

    # Votes both ways: on Robin's posts by others, and by Robin on others' posts.
    services.cast_vote(user=alex, post=robin_answer.post, value=1)
    services.cast_vote(user=sam, post=robin_public.topic.first_post, value=1)
    services.cast_vote(user=robin, post=sam_answer.post, value=1)
    services.cast_vote(user=robin, post=alex_question.topic.first_post, value=-1)
    services.cast_vote(user=casey, post=alex_question.topic.first_post, value=1)

    follows.follow(user=robin, question=alex_question)
    follows.follow(user=robin, board=Board.objects.get(slug="family"))
    follows.follow(user=robin, tag=Tag.objects.get(name="stress"))
    follows.follow(user=alex, tag=Tag.objects.get(name="stress"))

    community_topic = moderation_helpers.community_topic(
        robin, subject="What helped you after a move?", content="Robin's board post."
    )
    alex_reply = moderation_helpers.reply(community_topic, alex, content="Alex's reply stays.")
    alex_post = moderation_helpers.community_topic(alex, subject="Alex asks the board something")
    flag = moderation_services.flag(
        flagger=robin, target=alex_post.first_post, reason="spam", note="Robin's report note."
    )

    profile_services.send_consultation_request(
        member=robin, profile=sam.specialist, message="Robin asks Sam for a session."
    )
    profile_services.send_consultation_request(
        member=casey,
        profile=profile,
        message=CASEY_MESSAGE,
        contact_method="phone",
        contact_detail="555-0199",
    )

    robin.refresh_from_db()
    profile.refresh_from_db()
    files = [
        (robin.avatar.storage, robin.avatar.name),
        (profile.photo.storage, profile.photo.name),
        (document.file.storage, document.file.name),
    ]
    return World(
        robin=robin,
        alex=alex,
        sam=sam,
        casey=casey,
        robin_public=robin_public,
        robin_anonymous=robin_anonymous,
        alex_question=alex_question,
        robin_answer=robin_answer,
        sam_answer=sam_answer,
        community_topic=community_topic,
        alex_reply=alex_reply,
        flag=flag,
        files=files,
    )
