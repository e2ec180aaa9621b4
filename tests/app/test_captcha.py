"""The CAPTCHA: server-side, single use, expiring, case-insensitive, image and audio alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app_pages import captcha_id, field_errors

from reference_app import captchas, messages
from reference_app.captchas import ALPHABET

STEP1 = "/mot-de-passe-oublie/adresse"


def _later(seconds: int) -> dict[str, str]:
    return {"X-Spec-Now": (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat()}


# test that the image and the audio of a live challenge are served as PNG and WAV
def test_image_and_audio(client):
    challenge = captcha_id(client.get(STEP1).get_data(as_text=True))
    image = client.get(f"/mot-de-passe-oublie/captcha/{challenge}.png")
    audio = client.get(f"/mot-de-passe-oublie/captcha/{challenge}.wav")
    assert image.mimetype == "image/png" and image.data.startswith(b"\x89PNG")
    assert audio.mimetype == "audio/wav" and audio.data[:4] == b"RIFF"


# test that playing and downloading one challenge's audio render it once (G03 on a busy machine)
def test_audio_rendered_once_per_challenge(client, monkeypatch):
    rendered = []
    real = captchas._audio.generate
    monkeypatch.setattr(captchas._audio, "generate", lambda a: rendered.append(a) or real(a))
    captchas._spoken.cache_clear()
    challenge = captcha_id(client.get(STEP1).get_data(as_text=True))
    first = client.get(f"/mot-de-passe-oublie/captcha/{challenge}.wav").data
    assert client.get(f"/mot-de-passe-oublie/captcha/{challenge}.wav").data == first
    assert len(rendered) == 1


# test that the characters come from an alphabet the audio voices can speak, without look-alikes
def test_alphabet(client):
    challenge = captcha_id(client.get(STEP1).get_data(as_text=True))
    answer = client.get(f"/__spec__/captcha/{challenge}").get_json()["answer"]
    assert len(answer) == 6 and set(answer) <= set(ALPHABET)
    assert not set("01258BILOSZ") & set(ALPHABET)


# test that the answer is accepted whatever its case and surrounding spaces
def test_case_insensitive(lila, reset):
    page = reset.open_step1().get_data(as_text=True)
    answer = reset.captcha_answer(page)
    response = reset.client.post(
        STEP1, data={"email": "lila.rosemonde@orange.fr", "captcha": f" {answer.lower()} "}
    )
    assert response.location == "/mot-de-passe-oublie/question"


# test that a wrong answer is refused with the message and a new image, the old one dead
def test_wrong_answer_issues_a_new_image(lila, reset):
    page = reset.open_step1().get_data(as_text=True)
    old = captcha_id(page)
    response = reset.client.post(STEP1, data={"email": "lila.rosemonde@orange.fr", "captcha": "X"})
    new_page = response.get_data(as_text=True)
    assert field_errors(new_page, "captcha") == messages.CAPTCHA_WRONG
    assert captcha_id(new_page) != old
    assert reset.client.get(f"/__spec__/captcha/{old}").status_code == 404
    assert reset.client.get(f"/mot-de-passe-oublie/captcha/{old}.png").status_code == 404


# test that a missing answer gets the same message
def test_missing_answer(lila, reset):
    page = reset.submit_address(captcha="").get_data(as_text=True)
    assert field_errors(page, "captcha") == messages.CAPTCHA_WRONG


# test that a challenge is single use: replaying its answer fails
def test_single_use(lila, reset):
    page = reset.open_step1().get_data(as_text=True)
    answer = reset.captcha_answer(page)
    data = {"email": "lila.rosemonde@orange.fr", "captcha": answer}
    assert reset.client.post(STEP1, data=data).status_code == 302
    response = reset.client.post(STEP1, data=data)
    assert field_errors(response.get_data(as_text=True), "captcha") == messages.CAPTCHA_WRONG


# test that a challenge expires after 10 minutes
def test_expires_after_ten_minutes(lila, reset):
    page = reset.open_step1().get_data(as_text=True)
    challenge = captcha_id(page)
    answer = reset.captcha_answer(page)
    assert (
        reset.client.get(f"/__spec__/captcha/{challenge}", headers=_later(599)).status_code == 200
    )
    assert (
        reset.client.get(f"/__spec__/captcha/{challenge}", headers=_later(601)).status_code == 404
    )
    data = {"email": "lila.rosemonde@orange.fr", "captcha": answer}
    response = reset.client.post(STEP1, data=data, headers=_later(601))
    assert field_errors(response.get_data(as_text=True), "captcha") == messages.CAPTCHA_WRONG


# test that "Changer l'image" kills the old challenge and answers with a new one
def test_change_image(lila, reset):
    page = reset.open_step1().get_data(as_text=True)
    old = captcha_id(page)
    old_answer = reset.captcha_answer(page)
    response = reset.client.post("/mot-de-passe-oublie/changer-image")
    assert response.location == STEP1
    assert reset.client.get(f"/__spec__/captcha/{old}").status_code == 404
    data = {"email": "lila.rosemonde@orange.fr", "captcha": old_answer}
    response = reset.client.post(STEP1, data=data)
    assert field_errors(response.get_data(as_text=True), "captcha") == messages.CAPTCHA_WRONG


# test that the script's JSON variant of "Changer l'image" gives the new id and URLs
def test_change_image_json(client):
    old = captcha_id(client.get(STEP1).get_data(as_text=True))
    response = client.post(
        "/mot-de-passe-oublie/changer-image", headers={"Accept": "application/json"}
    )
    body = response.get_json()
    assert body["id"] != old
    assert body["image"].endswith(f"{body['id']}.png") and body["audio"].endswith(".wav")
    assert client.get(f"/__spec__/captcha/{body['id']}").status_code == 200


# test that only the challenge shown to this browser counts: another's answer is refused
def test_challenge_is_bound_to_the_browser(app, lila, reset):
    other = app.test_client()
    other_page = other.get(STEP1).get_data(as_text=True)
    other_answer = other.get(f"/__spec__/captcha/{captcha_id(other_page)}").get_json()["answer"]
    reset.open_step1()
    data = {"email": "lila.rosemonde@orange.fr", "captcha": other_answer}
    response = reset.client.post(STEP1, data=data)
    assert response.status_code == 200
