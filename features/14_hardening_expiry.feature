@hardening
Feature: Hardening of the expiry date
  Not in the guide: what happens when the validity date of G10 has passed.

  @H10 @needs-clock
  Rule: H10 An expired password cannot log in and points to "Mot de passe oublié"
    The validity date is the last day on which the password opens the space.

    Scenario: On the last day of validity the password still opens the space
      Given Lila Rosemonde has a professional account whose password was set on 1 June 2025
      And it is Monday 1 June 2026 at 19:00 in Paris
      When Lila logs in with her address and her password
      Then Lila is in her professional space

    Scenario: The day after, the password is refused and "Mot de passe oublié" is pointed to
      Given Lila Rosemonde has a professional account whose password was set on 1 June 2025
      And it is Tuesday 2 June 2026 at 08:00 in Paris
      When Lila logs in with her address and her password
      Then Lila is refused with "Votre mot de passe a expiré. Utilisez « Mot de passe oublié » pour en choisir un nouveau."

    Scenario: A reset gives an expired account a new, valid password
      Given Lila Rosemonde has a professional account whose password was set on 1 June 2025
      And it is Tuesday 2 June 2026 at 08:00 in Paris
      When Lila resets her password to "NouveauMotDePasse2026Paris"
      And Lila logs in with her address and the password "NouveauMotDePasse2026Paris"
      Then Lila is in her professional space
