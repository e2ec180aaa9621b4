@hardening
Feature: Hardening of the first step: the CAPTCHA and the request rate
  Not in the guide. The guide shows a CAPTCHA but says nothing of how it
  behaves; these rules are the reference app's hardening, stated so that any
  implementation can be held to them.

  @H01
  Rule: H01 A CAPTCHA is single-use and expires; "Changer l'image" kills the old one; a wrong one gives a new image
    An image's characters are good for one attempt, in the browser it was shown
    in, for less than 10 minutes.

    Example map:
    - use: a first attempt (accepted); the image of an attempt that succeeded,
      or of one that failed (refused); the attempt sent again with the cookies
      of its time (refused);
    - time: 9 minutes after it was shown (accepted), 10 and 11 (refused);
    - "Changer l'image": the previous image refused, the new one accepted;
    - whose: an image shown to another visitor (refused); another visitor's
      image while Lila uses hers (still good); eight other visitors' images
      when Lila asks for another image (all still good);
    - letter case: ignored.

    Scenario: Characters copied from an image already used are refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila goes back one step
      And Lila starts the reset with her address and the characters of the image she already used
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: An attempt replayed with the cookies of its time is refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has started the reset, her browser keeping what it sent
      When the same request is sent again with the cookies of that moment
      Then the replayed request is refused with "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: A failed attempt replayed with the image's right characters is refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has tried the reset with wrong characters, her browser keeping the right ones of that image
      When the attempt is sent again with those characters and the cookies of that moment
      Then the replayed request is refused with "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: The characters of an image are refused after a wrong attempt on it
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has started the reset with her address and the characters "ZZZZZZ"
      When Lila starts the reset with her address and the characters of the image before
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    @needs-clock
    Scenario Outline: An image <minutes> minutes old is <verdict>
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When <minutes> minutes pass
      And Lila starts the reset with her address and the characters of the image
      Then the image is <verdict>

      Examples:
        | minutes | verdict  |
        | 9       | accepted |
        | 10      | refused  |
        | 11      | refused  |

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

    Scenario: An image shown to another visitor is refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When Lila starts the reset with her address and the characters of an image shown to another visitor
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: Another visitor's image stays good while Lila uses hers
      Given Lila Rosemonde has a professional account as in the guide
      And Hélène Marchand has a professional account
      And Hélène has reached step 1 of the reset in a browser of her own
      When Lila starts the reset with her address and the characters of the image
      Then Hélène can go on with her procedure

    Scenario: "Changer l'image" leaves every other visitor's image good
      Given 8 visitors have each reached step 1 of the reset in a browser of their own
      And Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When Lila asks for another image
      Then each of those visitors can go on with her procedure

    Scenario: The characters are compared regardless of case
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image in lower case
      Then the current step is "Réponse à la question de confiance"

  @H08 @needs-client-id
  Rule: H08 The first step is rate-limited per client
    The reference app allows 20 submissions of the first step per minute and
    client.

    Example map: the 20th submission within a minute (let through) and the 21st
    (turned away), whatever addresses they carry; what is counted: the
    submissions, not the openings of the page; what is not blocked: another
    client, and the same client's login.

    Scenario: The 21st attempt within a minute is turned away
      Given a visitor is on the first step of the reset
      When the visitor submits the first step 21 times within a minute
      Then the visitor is told "Trop de tentatives. Veuillez réessayer dans quelques minutes."
      And the refusal says there were too many requests

    Scenario: The 20th attempt within a minute is still answered
      Given a visitor is on the first step of the reset
      When the visitor submits the first step 20 times within a minute
      Then the visitor is not told "Trop de tentatives. Veuillez réessayer dans quelques minutes."

    Scenario: Attempts with a different address each are counted together
      Given a visitor is on the first step of the reset
      When the visitor submits the first step 21 times within a minute, each with another address
      Then the visitor is told "Trop de tentatives. Veuillez réessayer dans quelques minutes."

    Scenario: Opening the first step is not an attempt
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has opened the first step 25 times within a minute
      When Lila starts the reset with her address and the characters of the image
      Then the current step is "Réponse à la question de confiance"

    Scenario: Another client is not slowed down by the first one
      Given a visitor has submitted the first step 21 times within a minute
      And Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image
      Then the current step is "Réponse à la question de confiance"

    Scenario: A client turned away at the first step can still log in
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has submitted the first step 21 times within a minute
      When Lila logs in with her address and her password
      Then Lila is in her professional space
