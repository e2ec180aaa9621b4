@hardening
Feature: Hardening of the procedure as a whole: order, sessions and forms
  Not in the guide. The server keeps the state of the procedure, so its steps
  are taken in order, once, by the person who started them.

  @H04
  Rule: H04 Steps cannot be skipped or replayed; an idle procedure expires
    Example map:
    - order: the question without the first step, the new password without the
      right answer, the summary without a new password (sent back to step 1);
    - the summary: only at the end of the procedure it sums up, not for a new
      one begun since;
    - replay: a completed procedure's steps, also sent again with the cookies
      of their time; the question again from step 3; the new-password step
      opened again with the cookies of before, once the procedure is completed
      or was sent back to the first step;
    - whose: a procedure opened in another browser; two procedures of one
      account side by side (the second to finish starts again, whatever the
      first chose: six passwords, each stored with its own salt); another
      visitor's procedure when Lila's ends (goes on), and eight at once;
    - idle time: 14 and 15 minutes at a step (goes on), 16 minutes (starts
      again), at step 2 and at step 3, each step and each wrong answer
      restarting the count.

    @needs-step-addresses
    Scenario: The new-password step cannot be reached without the right answer
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila tries to open the new-password step directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    @needs-step-addresses
    Scenario: The question cannot be reached without the first step
      When a visitor tries to open the question step directly
      Then the visitor is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    @needs-step-addresses
    Scenario: The question cannot be opened again from the new-password step
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila tries to open the question step directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    @needs-step-addresses
    Scenario: The summary cannot be reached without choosing a new password
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila tries to open the summary directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."
      And Lila's password is unchanged

    @needs-step-addresses
    Scenario: Another browser cannot carry on Lila's procedure
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila tries to open the new-password step directly on another device
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    Scenario: A completed procedure sent again with the cookies of its time changes nothing
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reset her password, her browser keeping what it sent at the last step
      When the same request is sent again with the cookies of that moment
      Then Lila's password is still the one she chose

    Scenario Outline: Of two procedures side by side, the second to finish starts again (<first choice>)
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset on two devices
      When Lila chooses the new password "<first choice>"
      And Lila chooses a new password on the second device
      Then the second device is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."
      And Lila's password is still the one she chose

      Examples: whatever the first password chosen, and however it is stored
        | first choice                 |
        | NouveauMotDePasse2026Paris   |
        | 20CaracteresEtPasUnDeMoins1  |
        | ZZZZZZZZZZZZZZZZZZZZZZZZ9    |
        | aaaaaaaaaaaaaaaaaaaaaaaa1    |
        | 0123456789abcdefghijABCDEF   |
        | LyonPresquIle2027Conseil     |

    Scenario: Eight other visitors' procedures go on when Lila's ends
      Given Lila Rosemonde has a professional account as in the guide
      And 8 visitors have each reached step 2 of the reset in a browser of their own
      When Lila resets her password
      Then each of those visitors can go on with her procedure

    Scenario: A completed procedure's new-password step cannot be opened again with the cookies of before
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      And Lila's browser has kept its cookies
      And Lila has chosen the new password "NouveauMotDePasse2026Paris"
      When the cookies of before are put back
      And Lila tries to open the new-password step directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    @needs-step-addresses
    Scenario: A procedure sent back to the first step cannot be resumed with the cookies of before
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      And Lila's browser has kept its cookies
      And Lila has been sent back to the first step for opening the question step again
      When the cookies of before are put back
      And Lila tries to open the new-password step directly
      Then Lila is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    Scenario: Another visitor's procedure goes on when Lila's ends
      Given Lila Rosemonde has a professional account as in the guide
      And Hélène Marchand has a professional account
      And Hélène has reached step 2 of the reset in a browser of her own
      When Lila resets her password
      Then Hélène can go on with her procedure

    @needs-step-addresses
    Scenario: The summary cannot be opened by a new procedure that is not finished
      Given Lila Rosemonde has a professional account as in the guide
      And Hélène Marchand has a professional account
      And Lila has reset her password
      And Hélène has reached step 2 of the reset
      When Hélène tries to open the summary directly
      Then Hélène is sent back to the first step with "Votre demande a expiré ou est incomplète. Recommencez la procédure."

    @needs-step-addresses
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
    Scenario Outline: A procedure idle for <minutes> minutes goes on
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When <minutes> minutes pass
      And Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

      Examples:
        | minutes |
        | 14      |
        | 15      |

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
    Scenario: A wrong answer restarts the idle time
      Given it is Monday 30 November 2026 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      And 10 minutes have passed
      And Lila has answered the security question with "Pierre"
      When 10 minutes pass
      And Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

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
    devices); starting the reset or a refused password ends none; another
    account's sessions stay open, whether that account was made before or
    after Lila's; the browser the reset was made in is not logged in; a session left
    with "Quitter" stays ended, whatever cookies the browser kept.

    Scenario: A reset ends the session open on another device
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is logged in on another device
      When Lila resets her password
      Then Lila's other device is no longer in her professional space

    Scenario: Starting the reset ends no session
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is logged in on another device
      When Lila starts the reset with her address and the characters of the image
      Then Lila's other device is still in her professional space

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

    Scenario: After "Quitter", the cookies of before no longer open the space
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is logged in
      And Lila's browser has kept its cookies
      When Lila leaves her space with "Quitter"
      And the cookies of before are put back
      Then Lila is not logged in

    Scenario: Another account's sessions stay open
      Given Lila Rosemonde has a professional account as in the guide
      And Hélène Marchand has a professional account
      And Hélène is logged in on another device
      When Lila resets her password
      Then Hélène's other device is still in her professional space

    Scenario: The sessions of an account made before Lila's stay open
      Given Hélène Marchand has a professional account
      And Lila Rosemonde has a professional account as in the guide
      And Hélène is logged in on another device
      When Lila resets her password
      Then Hélène's other device is still in her professional space

    Scenario: A reset does not log Lila in
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then Lila is not logged in

  @H07
  Rule: H07 Every form needs its anti-forgery token and acts only when posted; no page of the procedure or of an account is cached
    A form acts on a POST with its token; any other method shows the page
    (HEAD, as GET does) or is turned away, and changes nothing.

    Example map: every form (login, address, "Changer l'image", answer,
    "Etape précédente", new password) without its token; the login, the new
    password and "Quitter" by every method but POST, refused in French; a plain
    visit to where "Changer l'image", "Etape précédente" or "Quitter" post;
    every page of the procedure served, with errors or not, and every page
    showing an account (the space, its details, the support lookup); the
    login, the procedure's steps and the space, none of which another site may
    show in a frame of its own (a click there would act unseen).

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
      Then the forged request is refused with "Le formulaire a expiré. Rechargez la page et recommencez."
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

    Scenario: Visiting where "Changer l'image" posts changes no image
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When a request only visits the address the "Changer l'image" form posts to
      Then Lila can still continue with her address and the characters of the image

    Scenario: Visiting where "Etape précédente" posts moves no step
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When a request only visits the address the "Etape précédente" form posts to
      Then Lila's procedure is still at "Nouveau mot de passe"

    Scenario: Opening the logout address from elsewhere does not end Lila's session
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is logged in
      When a request opens the logout address without its form
      Then Lila is still logged in

    Scenario Outline: <page> is not kept in the browser's cache
      Given Lila Rosemonde has a professional account as in the guide
      When Lila is on <page>
      Then the page was served with "Cache-Control: no-store"

      Examples:
        | page                   |
        | her professional space |
        | her details            |
        | the support lookup     |

    Scenario Outline: No other site may show <page> inside its own
      Given Lila Rosemonde has a professional account as in the guide
      When Lila is on <page>
      Then no other site may show the page inside its own

      Examples:
        | page                   |
        | the login page         |
        | step 1 of the reset    |
        | step 2 of the reset    |
        | step 3 of the reset    |
        | her professional space |

    Scenario: No page of the procedure is kept in the cache, those with errors included
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password after a mistake at each step
      Then every page of the procedure was served with "Cache-Control: no-store"

    Scenario: No page of the procedure is kept in the browser's cache
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then every page of the procedure was served with "Cache-Control: no-store"
