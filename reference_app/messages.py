"""Every French message the app shows, verbatim from docs/architecture.md."""

from __future__ import annotations

EMAIL_MISSING = "Veuillez saisir votre adresse électronique de connexion."
EMAIL_INVALID = "L'adresse électronique saisie n'est pas valide."
CAPTCHA_WRONG = (
    "Les caractères saisis ne correspondent pas à l'image. "
    "Recopiez les caractères de la nouvelle image."
)
ANSWER_MISSING = "Veuillez saisir la réponse à la question de confiance."
ANSWER_WRONG = "La réponse à la question de confiance est incorrecte."
LOCKOUT = (
    "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe "
    "est bloquée pendant 15 minutes."
)
PASSWORD_MISSING = "Veuillez saisir votre nouveau mot de passe."
PASSWORD_TOO_SHORT = "Le mot de passe doit contenir au moins 20 caractères."
PASSWORD_NOT_MIXED = "Le mot de passe doit combiner des chiffres et des lettres."
PASSWORD_SPACE = "Le mot de passe ne doit pas contenir d'espace."
PASSWORD_DIACRITIC = "Le mot de passe ne doit pas contenir de caractères accentués."
PASSWORD_REUSED = "Le mot de passe doit être différent du dernier mot de passe utilisé."
CONFIRMATION_MISMATCH = "La confirmation ne correspond pas au nouveau mot de passe."
LOGIN_FAILED = "Adresse électronique ou mot de passe incorrect."
PASSWORD_EXPIRED = (
    "Votre mot de passe a expiré. Utilisez « Mot de passe oublié » pour en choisir un nouveau."
)
WIZARD_EXPIRED = "Votre demande a expiré ou est incomplète. Recommencez la procédure."
RATE_LIMITED = "Trop de tentatives. Veuillez réessayer dans quelques minutes."
CSRF_FAILED = "Le formulaire a expiré. Rechargez la page et recommencez."
SUPPORT_LOGIN_FAILED = "Identifiant ou mot de passe incorrect."
SUPPORT_NOT_FOUND = "Aucun compte ne correspond à votre recherche."
LOCKOUT_MINUTES_TEMPLATE = (
    "Vous avez saisi {count} réponses incorrectes : la réinitialisation de votre mot de passe "
    "est bloquée pendant {minutes} minutes."
)
HOTLINE_OPEN = "La ligne d'assistance est ouverte en ce moment."
HOTLINE_CLOSED = "La ligne d'assistance est fermée en ce moment."

MAIL_SUBJECT = "Espace professionnel - Modification du mot de passe"
# The guide's confirmation mail, word for word (its spelling included); {date} is the validity date.
MAIL_BODY = """Bonjour,

Vous avez modifié votre mot de passe ; cette demande a bien été prise en compte.

Celui-ci est valable jusqu'au {date}.

En cas d'oubli de votre mot de passe, vous devrez saisir votre réponse à la question de \
confiance présente dans vos informations personnelles ("Gérer vos coordonnées").

L'Administration fiscale vous remercie de l'intérêt que vous portez à ses services.

Si vous avez une question particulière, nous vous invitons à ne pas répondre à l'adresse \
électronique de ce message mais à vous connecter sur notre site impots.gouv.fr où vous \
trouverez les réponses aux questions les plus fréquentes.

L'Administration fiscale ne vous sollicite jamais (que ce soit par mail, par SMS ou par \
téléphone) pour vous demander de communiquer de quelque manière que ce soit vos identifiants \
ou vos coordonnées bancaires. Si vous recevez un tel message, ne cliquez sur aucun lien, \
n'appellez pas le numéro indiqué et ne tenez pas compte des informations qu'il contient car \
il s'agit sans doute d'un message de phishing.
"""

# Real security questions of the professional space; an unknown address gets one of these.
QUESTIONS = (
    "Le prénom de votre conjoint(e) ?",
    "Le nom de jeune fille de votre mère ?",
    "Le nom de votre premier animal de compagnie ?",
    "La ville de naissance de votre père ?",
    "Le nom de votre école primaire ?",
    "Le prénom de votre meilleur(e) ami(e) d'enfance ?",
)


def lockout(threshold: int, seconds: int) -> str:
    """Return the lockout message for the configured threshold and duration."""
    if threshold == 5 and seconds == 900:
        return LOCKOUT
    return LOCKOUT_MINUTES_TEMPLATE.format(count=threshold, minutes=max(1, seconds // 60))
