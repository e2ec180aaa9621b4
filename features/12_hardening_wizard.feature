@hardening
Feature: Hardening of the procedure as a whole: order, sessions and forms
  Not in the guide. The server keeps the state of the procedure, so its steps
  are taken in order, once, by the person who started them.

  @H04
  Rule: H04 Steps cannot be skipped or replayed; an idle procedure expires
    Example map:
    - order: the question without the first step, the new password without the
      right answer, the summary without a new password (sent back to step 1);
    - replay: a completed procedure's steps; the question again from step 3;
    - whose: a procedure opened in another browser;
    - idle time: 14 minutes at a step (goes on), 16 minutes (starts again), at
      step 2 and at step 3, each step restarting the count.

    Scenario: The new-password step cannot be reached without the right answer
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila tries to open the new-password step directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    Scenario: The question cannot be reached without the first step
      When a visitor tries to open the question step directly
      Then the visitor is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    Scenario: The question cannot be opened again from the new-password step
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila tries to open the question step directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    Scenario: The summary cannot be reached without choosing a new password
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila tries to open the summary directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."
      And Lila's password is unchanged

    Scenario: Another browser cannot carry on Lila's procedure
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila tries to open the new-password step directly on another device
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    Scenario: A completed procedure cannot be replayed
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reset her password
      When Lila tries to open the new-password step directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    @needs-clock
    Scenario: A procedure left idle for more than 15 minutes starts again
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When 16 minutes pass
      And Lila answers the security question with "Paul"
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    @needs-clock
    Scenario: A procedure idle for 14 minutes goes on
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When 14 minutes pass
      And Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

    @needs-clock
    Scenario: A new password chosen after 16 idle minutes changes nothing
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When 16 minutes pass
      And Lila chooses the new password "Rosemonde2026Longchamp75016"
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."
      And Lila's password is unchanged

    @needs-clock
    Scenario: Each step restarts the idle time
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      And 10 minutes have passed
      And Lila has answered the security question with "Paul"
      When 10 minutes pass
      And Lila chooses the new password "Rosemonde2026Longchamp75016"
      Then the current step is "Récapitulatif"

  @H05
  Rule: H05 A reset ends the account's other sessions and does not log the user in

    Example map: every other session of the account ends (one device, two
    devices); a refused password ends none; another account's sessions stay
    open; the browser the reset was made in is not logged in.

    Scenario: A reset ends the session open on another device
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is logged in on another device
      When Lila resets her password
      Then Lila's other device is no longer in her professional space

    Scenario: A reset ends every other session of the account
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is logged in on another device
      And Lila is logged in on a third device
      When Lila resets her password
      Then none of Lila's other devices is still in her professional space

    Scenario: A refused new password leaves the other sessions open
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is logged in on another device
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Paris7"
      Then Lila's other device is still in her professional space

    Scenario: Another account's sessions stay open
      Given Lila Rosemonde has a professional account as in the guide
      And Hélène Marchand has a professional account
      And Hélène is logged in on another device
      When Lila resets her password
      Then Hélène's other device is still in her professional space

    Scenario: A reset does not log Lila in
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then Lila is not logged in

  @H07
  Rule: H07 Every form needs its anti-forgery token and acts only when posted; the procedure's pages are not cached
    A form acts on a POST with its token; any other method shows the page
    (HEAD, as GET does) or is turned away, and changes nothing.

    Example map: every form (login, address, "Changer l'image", answer,
    "Etape précédente", new password) without its token; the login, the new
    password and "Quitter" by every method but POST; every page of the
    procedure served.

    Scenario Outline: The <form> form is refused without its anti-forgery token
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step <step> of the reset
      When a forged request posts the <form> form without its token
      Then the request is refused
      And Lila's password is unchanged

      Examples:
        | form         | step |
        | address      | 1    |
        | answer       | 2    |
        | new password | 3    |

    Scenario: The login form is refused without its anti-forgery token
      Given Lila Rosemonde has a professional account as in the guide
      When a forged request posts the login form without its token
      Then the request is refused
      And Lila is not logged in

    Scenario: The "Changer l'image" form is refused without its anti-forgery token
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When a forged request posts the "Changer l'image" form without its token
      Then the request is refused
      And Lila can still continue with her address and the characters of the image

    Scenario: The "Etape précédente" form is refused without its anti-forgery token
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When a forged request posts the "Etape précédente" form without its token
      Then the request is refused
      And Lila's procedure is still at "Nouveau mot de passe"

    Scenario Outline: A <method> request with the login form's address and password opens no session
      Given Lila Rosemonde has a professional account as in the guide
      When a request carries what the login form would send as a <method> request
      Then Lila is not logged in

      Examples:
        | method |
        | HEAD   |
        | PUT    |
        | PATCH  |

    Scenario Outline: A <method> request with a new password leaves the password unchanged
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When a request carries what the new password form would send as a <method> request
      Then Lila's password is unchanged

      Examples:
        | method |
        | HEAD   |
        | PUT    |
        | DELETE |

    Scenario: Opening the logout address from elsewhere does not end Lila's session
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is logged in
      When a request opens the logout address without its form
      Then Lila is still logged in

    Scenario: No page of the procedure is kept in the browser's cache
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then every page of the procedure was served with "Cache-Control: no-store"
