@hardening
Feature: Hardening of the expiry date
  Not in the guide: what happens when the validity date of G10 has passed.

  @H10 @needs-clock
  Rule: H10 An expired password cannot log in and points to "Mot de passe oublié"
    The validity date is the last day on which the password opens the space,
    that whole day in Paris included.

    Example map: the last valid day at noon and at 23:59 (opens), the next day
    at 00:00, 00:30 and 08:00 (refused), in summer time and in winter time,
    across a leap day; just after midnight in Paris, while it is still the last
    day in UTC (refused); an expired account with a wrong password (told so,
    not that it expired); a reset gives a new, valid password.

    Scenario Outline: On <moment> a password set on <set_on> still opens the space
      Given Lila Rosemonde has a professional account whose password was set on <set_on>
      And it is <moment> in Paris
      When Lila logs in with her address and her password
      Then Lila is in her professional space

      Examples:
        | set_on          | moment                             |
        | 1 June 2025     | Monday 1 June 2026 at 19:00        |
        | 1 June 2025     | Monday 1 June 2026 at 23:59        |
        | 1 December 2025 | Tuesday 1 December 2026 at 23:59   |
        | 29 February 2024 | Friday 28 February 2025 at 23:59  |

    Scenario Outline: On <moment> a password set on <set_on> has expired
      Given Lila Rosemonde has a professional account whose password was set on <set_on>
      And it is <moment> in Paris
      When Lila logs in with her address and her password
      Then Lila is refused with "Votre mot de passe a expiré. Utilisez « Mot de passe oublié » pour en choisir un nouveau."

      Examples:
        | set_on           | moment                              |
        | 1 June 2025      | Tuesday 2 June 2026 at 08:00        |
        | 1 June 2025      | Tuesday 2 June 2026 at 00:00        |
        | 1 June 2025      | Tuesday 2 June 2026 at 00:30        |
        | 1 December 2025  | Wednesday 2 December 2026 at 00:30  |
        | 29 February 2024 | Saturday 1 March 2025 at 00:00      |

    Scenario: An expired account with a wrong password is not told it expired
      Given Lila Rosemonde has a professional account whose password was set on 1 June 2025
      And it is Tuesday 2 June 2026 at 08:00 in Paris
      When Lila logs in with her address and the password "UnMotDePasseFaux2026Paris"
      Then Lila is refused with "Adresse électronique ou mot de passe incorrect."

    Scenario: A reset gives an expired account a new, valid password
      Given Lila Rosemonde has a professional account whose password was set on 1 June 2025
      And it is Tuesday 2 June 2026 at 08:00 in Paris
      When Lila resets her password to "NouveauMotDePasse2026Paris"
      And Lila logs in with her address and the password "NouveauMotDePasse2026Paris"
      Then Lila is in her professional space
