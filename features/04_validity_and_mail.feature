@chapter-2
Feature: The validity date and the confirmation mail
  The summary and the confirmation mail tell the user until when the new
  password is valid; the mail confirms the change without revealing anything.

  Source: FOCUS guide "Resetting Forgotten Password", section 2 (summary and mail).

  @G10 @question @deviation
  Rule: G10 The new password is valid until a date shown on the summary and in the mail
    Guide, 2: "Ce mot de passe est valable jusqu'au 05 juin 2026." and, in the
    mail, "Celui-ci est valable jusqu'au 14 décembre 2023."

    Question: the guide never states the validity period. Its examples suggest
    about a year; the reference app uses 365 days (RESETSPEC_PASSWORD_VALIDITY_DAYS).

    Deviation: periodic expiry departs from NIST SP 800-63B §5.1.1.2 ("Verifiers
    SHOULD NOT require memorized secrets to be changed arbitrarily (e.g.,
    periodically)") and OWASP ASVS 4.0 V2.1.10.

    @needs-clock
    Scenario: A password reset on 5 June 2025 is valid until 05 juin 2026
      Given it is Thursday 5 June 2025 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then the summary reads "Ce mot de passe est valable jusqu'au 05 juin 2026."
      And the confirmation mail reads "Celui-ci est valable jusqu'au 05 juin 2026."

    @needs-clock
    Scenario: The date is the Paris date, even just after midnight
      Given it is Wednesday 31 December 2025 at 00:30 in Paris
      And Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then the summary reads "Ce mot de passe est valable jusqu'au 31 décembre 2026."

  @G11
  Rule: G11 A confirmation mail is sent to the login address
    Guide, 2: "A confirmation email is then sent to your inbox", from
    "ne-pas-repondre@dgfip.finances.gouv.fr", subject "Espace professionnel -
    Modification du mot de passe".

    @question
    Scenario: The mail goes to Lila's login address, from the no-reply sender
      Question: the guide's sample mail shows the sender's address in "A :" too;
      we send it to the login address, since the guide says it goes "to your inbox".

      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then Lila receives a confirmation mail at her login address
      And the mail comes from "ne-pas-repondre@dgfip.finances.gouv.fr"
      And the mail's subject is "Espace professionnel - Modification du mot de passe"

    Scenario: The mail confirms the change, reminds the security question and warns of phishing
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then the confirmation mail reads:
        | text                                                                                                                                                                                   |
        | Vous avez modifié votre mot de passe ; cette demande a bien été prise en compte.                                                                                                      |
        | En cas d'oubli de votre mot de passe, vous devrez saisir votre réponse à la question de confiance présente dans vos informations personnelles ("Gérer vos coordonnées").               |
        | L'Administration fiscale vous remercie de l'intérêt que vous portez à ses services.                                                                                                   |
        | L'Administration fiscale ne vous sollicite jamais (que ce soit par mail, par SMS ou par téléphone) pour vous demander de communiquer de quelque manière que ce soit vos identifiants ou vos coordonnées bancaires. |

    Scenario: The mail holds no secret and no link
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password to "NouveauMotDePasse2026Paris"
      Then the confirmation mail contains neither her new password nor her security answer
      And the confirmation mail contains no link
