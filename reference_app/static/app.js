// Progressive enhancement, loaded from a file so the CSP can forbid inline scripts.
"use strict";

// The security level of what is typed (the server only ever shows an empty field's, "Faible"):
// Faible breaks a rule of password_policy.violations, Moyen follows them all, Fort also mixes
// cases, holds a symbol, or has 30 characters or more.
function passwordStrength(password) {
  const ascii = /^[\x21-\x7e]*$/;
  const follows = password.length >= 20 && /[A-Za-z]/.test(password) && /[0-9]/.test(password)
    && ascii.test(password);
  if (!follows) return "Faible";
  const caseMix = /[a-z]/.test(password) && /[A-Z]/.test(password);
  const symbol = /[^A-Za-z0-9]/.test(password);
  return caseMix || symbol || password.length >= 30 ? "Fort" : "Moyen";
}

function setUpStrength() {
  const input = document.getElementById("password");
  const level = document.getElementById("security-level");
  if (!input || !level) return;
  input.addEventListener("input", () => {
    const value = passwordStrength(input.value);
    if (level.dataset.level === value) return;
    level.dataset.level = value;
    level.textContent = "Niveau de sécurité : " + value;
  });
}

function setUpRecommendations() {
  const dialog = document.getElementById("recommendations");
  const opener = document.getElementById("recommendations-open");
  if (!dialog || !opener) return;
  opener.addEventListener("click", () => dialog.showModal());
  dialog.addEventListener("close", () => opener.focus());
}

function setUpCaptcha() {
  const listen = document.getElementById("captcha-listen");
  const audio = document.getElementById("captcha-audio");
  if (listen && audio) {
    listen.addEventListener("click", (event) => {
      event.preventDefault();
      audio.currentTime = 0;
      audio.play();
    });
  }
  const changeForm = document.getElementById("captcha-change-form");
  const image = document.getElementById("captcha-image");
  if (!changeForm || !image) return;
  changeForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const response = await fetch(changeForm.action, {
      method: "POST",
      body: new FormData(changeForm),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) { changeForm.submit(); return; }
    const fresh = await response.json();
    image.src = fresh.image;
    image.dataset.captchaId = fresh.id;
    audio.src = fresh.audio;
    listen.href = fresh.audio;
    const field = document.getElementById("captcha");
    field.value = "";
    document.getElementById("captcha-status").textContent = "Une nouvelle image est affichée.";
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpStrength();
  setUpRecommendations();
  setUpCaptcha();
});
