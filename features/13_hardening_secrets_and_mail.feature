@hardening
Feature: Hardening of secrets and of the mail
  Not in the guide. Secrets stay secret everywhere, and the confirmation mail
  survives a mail-server outage.

  @H06
  Rule: H06 Passwords and answers are never shown, mailed, logged or visible to support
    The guide's third screen echoes the answer ("Saisissez la réponse à la
    question de confiance : Paul"); the reference app does not.

    Example map:
    - where: every page of the procedure, a page shown again after a refused
      password, a wrong answer or a failed login, the application's log, what
      support sees (the mail: G11);
    - how typed: the new password, its confirmation and the login password in
      masked fields.


    Scenario: The procedure never shows Lila's answer or new password back to her
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password to "NouveauMotDePasse2026Paris"
      Then no page of the procedure showed her security answer or her new password

    Scenario: A refused new password is not shown back
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Longchamp75016" confirmed as "Rosemonde2026Longchamp75017"
      Then the page shows neither the new password nor its confirmation

    Scenario: A wrong answer is not shown back
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "Pierrot"
      Then the page does not show the answer "Pierrot"

    Scenario: A failed login does not show the password back
      Given Lila Rosemonde has a professional account as in the guide
      When Lila logs in with her address and the password "UnMotDePasseFaux2026Paris"
      Then the page does not show the password "UnMotDePasseFaux2026Paris"

    @needs-app-log
    Scenario: A failed login leaves no password in the application's log
      Given Lila Rosemonde has a professional account as in the guide
      When Lila logs in with her address and the password "UnMotDePasseFaux2026Paris"
      Then the application's log does not contain the password "UnMotDePasseFaux2026Paris"

    @needs-app-log
    Scenario: A wrong answer leaves no trace of itself in the application's log
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "Pierrot"
      Then the application's log does not contain the answer "Pierrot"

    Scenario: Passwords are masked as they are typed
      Given Lila Rosemonde has a professional account as in the guide
      When Lila reaches step 3 of the reset
      Then the new password and its confirmation are masked

    Scenario: The login password is masked as it is typed
      When a visitor opens the login page
      Then the login password is masked

    @needs-app-log
    Scenario: The application's log holds neither the password nor the answer
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password to "NouveauMotDePasse2026Paris"
      Then the application's log contains neither her new password nor her security answer

    @needs-support-agents
    Scenario: Support never sees the answer
      Given Lila Rosemonde has a professional account as in the guide
      And a support agent is signed in
      When the agent looks up Lila's login address
      Then the agent does not see Lila's security answer

  @H09
  Rule: H09 A mail-server outage delays the confirmation mail but never loses it

    Example map: the mail server turning the mail away during the reset: the
    summary is shown all the same; once the server accepts mail again, after
    one refused delivery or after five, the mail arrives, exactly once.

    Scenario: A mail-server outage does not stop the reset
      Given Lila Rosemonde has a professional account as in the guide
      And the mail server is turning Lila's mail away for now
      When Lila resets her password
      Then the summary reads "Votre mot de passe a été réinitialisé avec succès."

    Scenario: The mail waits for the mail server and is then delivered once
      Given Lila Rosemonde has a professional account as in the guide
      And the mail server is turning Lila's mail away for now
      And Lila has reset her password
      When the mail server accepts Lila's mail again
      Then Lila receives exactly one confirmation mail

    Scenario: After five refused deliveries the mail is still delivered once
      Given Lila Rosemonde has a professional account as in the guide
      And the mail server is turning Lila's mail away for now
      And Lila has reset her password
      When the mail server has turned Lila's mail away 5 times
      And the mail server accepts Lila's mail again
      Then Lila receives exactly one confirmation mail
