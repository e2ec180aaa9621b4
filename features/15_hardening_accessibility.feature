@hardening
Feature: Accessibility of every page
  Not in the guide (the original site declares "Accessibilité : non conforme").
  The reference app holds itself to axe-core's serious and critical rules, the
  keyboard and an audio alternative to the CAPTCHA image.

  @H11 @browser-only
  Rule: H11 No serious or critical accessibility violation; the whole procedure with the keyboard alone; an audio alternative to the image

    Example map: every page of the procedure and around it, as first shown and
    as shown again with its errors; the whole procedure with the keyboard, the
    audio extract and the recommendations included; the image's text and
    audio alternatives.

    Scenario Outline: <page> has no serious or critical accessibility violation
      Given Lila Rosemonde has a professional account as in the guide
      When Lila is on <page>
      Then the page has no serious or critical accessibility violation

      Examples:
        | page                         |
        | the login page               |
        | step 1 of the reset          |
        | step 2 of the reset          |
        | step 3 of the reset          |
        | step 4 of the reset          |
        | the help page                |
        | her professional space       |
        | her details                  |
        | the support lookup           |

    Scenario Outline: <page> shown with its errors has no serious or critical accessibility violation
      Given Lila Rosemonde has a professional account as in the guide
      When Lila is on <page> with its errors
      Then the page has no serious or critical accessibility violation

      Examples:
        | page                 |
        | the login page       |
        | step 1 of the reset  |
        | step 2 of the reset  |
        | step 3 of the reset  |
        | the help page        |

    Scenario: The whole procedure can be done with the keyboard alone
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password with the keyboard alone
      Then the summary reads "Votre mot de passe a été réinitialisé avec succès."

    Scenario: The recommendations can be opened with the keyboard alone
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila opens the recommendations with the keyboard alone
      Then Lila reads the recommendations:
        | recommendation                                             |
        | 1 mot de passe différent de ceux utilisés précédemment ; |

    Scenario: The audio extract can be played with the keyboard alone
      Given a visitor is on the first step of the reset
      When the visitor plays the audio extract with the keyboard alone
      Then an audio extract of the characters of the image is played

    Scenario: The image has a text alternative and an audio alternative
      When a visitor opens the first step of the reset
      Then the image has a text alternative
      And the image has an audio alternative
