"""*Download my data*: a zip of exactly the member's own data and files, nobody else's."""

import io
import json
import zipfile

import pytest

from tests.account_data_helpers import ALEX_BODY, CASEY_MESSAGE, ROBIN_ANSWER, build_world


@pytest.fixture
def world(boards):
    return build_world()


def download(client, user):
    client.force_login(user)
    response = client.get("/accounts/data/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="haven-data-')
    assert response["Cache-Control"] == "private, no-store"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return archive, json.loads(archive.read("data.json"))


@pytest.mark.django_db
def test_export_holds_the_members_own_data(client, world):
    archive, data = download(client, world.robin)
    assert data["account"]["username"] == "robin_private"
    assert data["account"]["email"] == "robin@private.example"
    assert data["account"]["bio"] == "Robin's bio line."
    assert data["specialist_profile"]["status"] == "verified"
    assert data["specialist_profile"]["specialisations"]  # their fields
    titles = {q["title"]: q for q in data["questions"]}
    assert set(titles) == {
        "How do I stop bringing work stress home?",
        "I think I still love my ex, is that wrong?",
    }
    assert titles["I think I still love my ex, is that wrong?"]["anonymous"] is True  # theirs
    assert [a["text"] for a in data["answers"]] == [ROBIN_ANSWER]
    assert data["answers"][0]["helped"] is True
    assert sorted(v["value"] for v in data["votes"]) == ["down", "up"]
    kinds = sorted(f["kind"] for f in data["follows"])
    assert kinds == ["category", "question", "question", "question", "tag"]  # 2 own, 1 other
    assert [f["note"] for f in data["flags"]] == ["Robin's report note."]
    assert data["consultation_requests"]["sent"][0]["message"] == "Robin asks Sam for a session."
    assert data["consultation_requests"]["received"][0]["status"] == "open"
    assert data["notifications"]  # e.g. the answer to their question, the request received
    assert data["email_preferences"]["show_details"] is False
    assert "Robin's board post." in [p["text"] for p in data["board_posts"]]


@pytest.mark.django_db
def test_export_includes_the_uploaded_files(client, world):
    archive, data = download(client, world.robin)
    names = archive.namelist()
    assert "README.txt" in names
    uploads = {name.split("/")[1]: name for name in names if name.startswith("files/")}
    assert set(uploads) == {"avatar", "specialist-photo", "documents"}
    document = data["specialist_profile"]["documents"][0]
    assert f"files/{document['file']}" in names
    for storage, stored in world.files:
        with storage.open(stored, "rb") as handle:
            content = handle.read()
        assert content in [archive.read(name) for name in uploads.values()]


@pytest.mark.django_db
def test_export_holds_nobody_elses_data(client, world):
    archive, _ = download(client, world.robin)
    raw = archive.read("data.json").decode()
    for secret in (
        world.alex.email,
        world.alex.username,
        world.casey.email,
        world.casey.username,
        world.sam.email,
        ALEX_BODY,  # the body of the question Robin answered
        CASEY_MESSAGE,  # a message sent *to* Robin is Casey's
        "555-0199",  # Casey's phone number
        "Alex's reply stays.",
        "Make a small ritual at the door.",  # Sam's answer on Robin's question
    ):
        assert secret not in raw, secret


@pytest.mark.django_db
def test_another_members_export_has_none_of_robins(client, world):
    _, data = download(client, world.alex)
    raw = json.dumps(data)
    assert data["account"]["username"] == "alex_other"
    assert "robin@private.example" not in raw and "robin_private" not in raw
    assert "I think I still love my ex" not in raw  # Robin's anonymous question
    assert [q["title"] for q in data["questions"]] == ["How do I tell my husband I feel lonely?"]
    assert data["answers"] == [] and data["specialist_profile"] is None


@pytest.mark.django_db
def test_data_page_needs_login_and_explains(client, member):
    assert client.get("/accounts/data/").status_code == 302
    assert client.get("/accounts/data/download/").status_code == 302
    client.force_login(member)
    page = client.get("/accounts/data/").content.decode()
    assert "Download my data" in page and 'href="/accounts/data/download/"' in page
    assert "Delete my account" in page
    assert "/accounts/data/" in client.get("/accounts/settings/").content.decode()
