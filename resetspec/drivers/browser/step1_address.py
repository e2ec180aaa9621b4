"""Step 1, "Adresse électronique de connexion": the address and the CAPTCHA."""

from __future__ import annotations

from urllib.parse import urljoin

from playwright.sync_api import Locator, Page, expect

from resetspec.drivers.browser import labels
from resetspec.drivers.contract import CAPTCHA_IMAGE
from resetspec.drivers.surface import Surface


def open_page(page: Page, base_url: str, s: Surface) -> None:
    page.goto(base_url + s.step1.path)


def expect_shown(page: Page, s: Surface) -> None:
    expect(labels.field(page, s.step1.email)).to_be_visible()
    expect_image(page)


def expect_image(page: Page) -> None:
    expect(page.locator(CAPTCHA_IMAGE)).to_be_visible()


def expect_image_shown(page: Page) -> None:
    """The CAPTCHA image has loaded as a picture (waits, with Playwright's own time-out)."""
    expect_image(page)
    page.wait_for_function(
        "selector => { const image = document.querySelector(selector);"
        " return image !== null && image.complete && image.naturalWidth > 0; }",
        arg=CAPTCHA_IMAGE,
    )


def captcha_id(page: Page) -> str:
    image = page.locator(CAPTCHA_IMAGE)
    expect(image).to_be_visible()
    return image.get_attribute("data-captcha-id") or ""


def shown_image(page: Page) -> str | None:
    """The image's id, or None when this page has no CAPTCHA (the rate limit's page)."""
    script = f"document.querySelector({CAPTCHA_IMAGE!r})?.dataset.captchaId ?? null"
    return page.evaluate(script)


def fill(page: Page, s: Surface, email: str, captcha: str) -> None:
    labels.field(page, s.step1.email).fill(email)
    labels.field(page, s.step1.captcha).fill(captcha)


def submit(page: Page, s: Surface) -> None:
    page.get_by_role("button", name=s.step1.next, exact=True).click()


def change_image(page: Page, s: Surface) -> str:
    """Ask for a new image and wait until it replaces the old one; return its id."""
    old = captcha_id(page)
    page.get_by_role("button", name=s.step1.change_image).click()
    expect(page.locator(CAPTCHA_IMAGE)).not_to_have_attribute("data-captcha-id", old)
    return captcha_id(page)


def listen_control(page: Page, s: Surface) -> Locator:
    """The audio alternative: a link or a button, as the contract allows both."""
    listen = s.step1.listen
    return page.get_by_role("link", name=listen).or_(page.get_by_role("button", name=listen)).first


def audio_url(page: Page, s: Surface) -> str:
    """Where the audio of the current challenge is served, without leaving the page."""
    expect(listen_control(page, s)).to_be_visible()
    audio = page.locator("audio")
    if audio.count():
        source = audio.first.get_attribute("src") or audio.locator("source").first.get_attribute(
            "src"
        )
    else:
        source = listen_control(page, s).get_attribute("href")
    assert source, "the audio alternative points nowhere"
    return urljoin(page.url, source)


# The audio is rendered on demand, the one CPU-heavy resource of the procedure: on a busy
# machine it may take longer than the 10 s every other wait allows, so it has its own deadline.
AUDIO_MS = 45_000
PLAYING = """() => {
  const audio = document.querySelector("audio");
  return audio && !audio.paused ? audio.currentSrc : null;
}"""


def play_audio(page: Page, s: Surface) -> str:
    """Press "Ecouter l'extrait sonore" and wait until an audio plays; return its source."""
    listen_control(page, s).click()
    return page.wait_for_function(PLAYING, timeout=AUDIO_MS).json_value()


def fetch_audio(page: Page, s: Surface) -> tuple[str, bytes]:
    """The audio's content type and bytes, fetched with the page's own cookies and headers."""
    response = page.request.get(audio_url(page, s), timeout=AUDIO_MS)
    assert response.ok, f"the audio alternative answered {response.status}"
    return response.headers.get("content-type", ""), response.body()
