@hardening
Feature: Hardening of the second step: guessing answers and probing addresses
  Not in the guide. A security question is weak proof (see G04); these rules
  keep it from being guessed or used to learn who has an account.

  @H02
  Rule: H02 Five wrong answers in a row block the reset for 15 minutes and show the help; normal login is unaffected
    Wrong answers are counted per account, whatever the visit, the browser or
    the way the address was typed; a right answer starts the count again.

    Example map:
    - the count: 4 wrong answers then the right one (goes on), the 5th wrong
      answer (blocks); 5 spread over two visits, or over two browsers, or typed
      with the address in capitals then as registered (blocks); 4 wrong, the
      right one, then 4 wrong again (goes on: the count started again), or 5
      wrong again (blocks: from zero, not from below it);
    - the block's length: 14 minutes later (still blocked, even with the right
      answer), exactly 15 and 16 minutes later (free again, the count from zero:
      four wrong answers go on, five block again);
    - what it must not block: logging in, another account's reset.

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

    Scenario: Wrong answers spread over two visits are counted together
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has answered the security question wrongly 3 times
      When Lila starts the reset again
      And Lila answers the security question wrongly 2 times
      Then Lila is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."

    Scenario: Wrong answers from two browsers are counted together
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has answered the security question wrongly 3 times
      When Lila starts the reset again on another device
      And Lila answers the security question wrongly 2 times
      Then Lila is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."

    Scenario: A block reached in another browser turns away the right answer in the first
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila starts the reset again on another device
      And Lila answers the security question wrongly 5 times
      And Lila answers the security question with "Paul" in her first browser
      Then Lila is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."

    Scenario: Wrong answers count for the account however its address was typed
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has answered the security question wrongly 3 times with her address typed in capitals
      When Lila starts the reset again
      And Lila answers the security question wrongly 2 times
      Then Lila is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."

    Scenario: The right answer starts the count again
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has answered the security question wrongly 4 times
      And Lila has answered the security question with "Paul"
      When Lila starts the reset again
      And Lila answers the security question wrongly 4 times
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
    Scenario Outline: <minutes> minutes after the block Lila may try again
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila's reset is blocked after 5 wrong answers
      When <minutes> minutes pass
      And Lila starts the reset with her address and the characters of the image
      And Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

      Examples:
        | minutes |
        | 15      |
        | 16      |

    @needs-clock
    Scenario: After the block the count starts again from zero
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila's reset is blocked after 5 wrong answers
      And 16 minutes have passed
      When Lila starts the reset with her address and the characters of the image
      And Lila answers the security question wrongly 4 times
      And Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

    @needs-clock
    Scenario: After the block, five new wrong answers block the reset again
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila's reset is blocked after 5 wrong answers
      And 16 minutes have passed
      When Lila starts the reset with her address and the characters of the image
      And Lila answers the security question wrongly 5 times
      Then Lila is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."

    Scenario: After the right answer, five new wrong answers block the reset
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has answered the security question wrongly 4 times
      And Lila has answered the security question with "Paul"
      When Lila starts the reset again
      And Lila answers the security question wrongly 5 times
      Then Lila is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."

    Scenario: A blocked reset does not stop Lila logging in with her password
      Given Lila Rosemonde has a professional account as in the guide
      And Lila's reset is blocked after 5 wrong answers
      When Lila logs in with her address and her password
      Then Lila is in her professional space

    Scenario: A blocked reset does not block another account's reset
      Given Lila Rosemonde has a professional account as in the guide
      And Hélène Marchand has a professional account
      And Lila's reset is blocked after 5 wrong answers
      When Hélène starts the reset with her address and the characters of the image
      And Hélène answers the security question with her answer as registered
      Then the current step is "Nouveau mot de passe"

  @H03
  Rule: H03 An unknown address cannot be told from a known one and never leads to a reset
    Example map: an address with no account is asked one of the real
    questions, the same one each time however it is typed, is shown as typed
    as a known one is, never accepts an answer, and is blocked after five
    wrong answers like a known address.

    Scenario: An address with no account is asked a security question like any other
      When a visitor starts the reset with an address that has no account
      Then the current step is "Réponse à la question de confiance"
      And the visitor is asked a security question beside that address

    Scenario: The same unknown address is always asked the same question
      Given a visitor has started the reset with an address that has no account
      When the visitor starts the reset again with the same address
      Then the visitor is asked the same security question as before

    @question
    Scenario: A known address is shown at the second step as it was typed
      Question: the guide's screen shows the address typed; known and unknown
      addresses must look alike, so both are shown as typed.

      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address in capitals and the characters of the image
      Then the address is shown as it was typed

    Scenario: An address with no account is shown at the second step as it was typed
      When a visitor starts the reset with an address that has no account, typed in capitals
      Then the address is shown as it was typed

    Scenario: The same unknown address typed in capitals is asked the same question
      Given a visitor has started the reset with an address that has no account
      When the visitor starts the reset again with the same address in capitals
      Then the visitor is asked the same security question as before

    Scenario: No answer opens the new-password step for an unknown address
      Given a visitor has started the reset with an address that has no account
      When the visitor answers the security question with "Paul"
      Then the answer field says "La réponse à la question de confiance est incorrecte."

    Scenario: An unknown address is blocked after five wrong answers, like a known one
      Given a visitor has started the reset with an address that has no account
      When the visitor answers the security question wrongly 5 times
      Then the visitor is shown the help with "Vous avez saisi 5 réponses incorrectes : la réinitialisation de votre mot de passe est bloquée pendant 15 minutes."
