@hardening
Feature: Hardening of the second step: guessing answers and probing addresses
  Not in the guide. A security question is weak proof (see G04); these rules
  keep it from being guessed or used to learn who has an account.

  @H02
  Rule: H02 Five wrong answers in a row block the reset for 15 minutes and show the help; normal login is unaffected

    Scenario: The fifth wrong answer blocks the reset and shows the help
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question wrongly 5 times
      Then Lila is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."

    Scenario: Four wrong answers then the right one still open the new-password step
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question wrongly 4 times
      And Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

    @needs-clock
    Scenario: While blocked, even the right answer from a new visit is turned away
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila's reset is blocked after 5 wrong answers
      When 14 minutes pass
      And Lila starts the reset with her address and the characters of the image
      Then Lila is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."

    @needs-clock
    Scenario: After 15 minutes Lila may try again
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila's reset is blocked after 5 wrong answers
      When 16 minutes pass
      And Lila starts the reset with her address and the characters of the image
      And Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

    Scenario: A blocked reset does not stop Lila logging in with her password
      Given Lila Rosemonde has a professional account as in the guide
      And Lila's reset is blocked after 5 wrong answers
      When Lila logs in with her address and her password
      Then Lila is in her professional space

  @H03
  Rule: H03 An unknown address cannot be told from a known one and never leads to a reset

    Scenario: An address with no account is asked a security question like any other
      When a visitor starts the reset with an address that has no account
      Then the current step is "Réponse à la question de confiance"
      And the visitor is asked a security question beside that address

    Scenario: The same unknown address is always asked the same question
      Given a visitor has started the reset with an address that has no account
      When the visitor starts the reset again with the same address
      Then the visitor is asked the same security question as before

    Scenario: No answer opens the new-password step for an unknown address
      Given a visitor has started the reset with an address that has no account
      When the visitor answers the security question with "Paul"
      Then the answer field says "La réponse à la question de confiance est incorrecte."
