@hardening
Feature: Hardening of the first step: the CAPTCHA and the request rate
  Not in the guide. The guide shows a CAPTCHA but says nothing of how it
  behaves; these rules are the reference app's hardening, stated so that any
  implementation can be held to them.

  @H01
  Rule: H01 A CAPTCHA is single-use and expires; "Changer l'image" kills the old one; a wrong one gives a new image

    Scenario: Characters copied from an image already used are refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila goes back one step
      And Lila starts the reset with her address and the characters of the image she already used
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    @needs-clock
    Scenario: An image expires after 10 minutes
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When 11 minutes pass
      And Lila starts the reset with her address and the characters of the image
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: "Changer l'image" makes the previous image worthless
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When Lila asks for another image
      And Lila starts the reset with her address and the characters of the previous image
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: A wrong attempt is answered with a new image
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When Lila starts the reset with her address and the characters "ZZZZZZ"
      Then the image has changed

    Scenario: The characters are compared regardless of case
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image in lower case
      Then the current step is "Réponse à la question de confiance"

  @H08 @needs-client-id
  Rule: H08 The first step is rate-limited per client
    The reference app allows 20 submissions of the first step per minute and
    client (RESETSPEC_STEP1_RATE_LIMIT).

    Scenario: The 21st attempt within a minute is turned away
      Given a visitor is on the first step of the reset
      When the visitor submits the first step 21 times within a minute
      Then the visitor is told "Trop de tentatives. Veuillez réessayer dans quelques minutes."

    Scenario: Another client is not slowed down by the first one
      Given a visitor has submitted the first step 21 times within a minute
      And Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image
      Then the current step is "Réponse à la question de confiance"
