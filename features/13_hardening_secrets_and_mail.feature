@hardening
Feature: Hardening of secrets and of the mail
  Not in the guide. Secrets stay secret everywhere, and the confirmation mail
  survives a mail-server outage.

  @H06
  Rule: H06 Passwords and answers are never shown, mailed, logged or visible to support
    The guide's third screen echoes the answer ("Saisissez la réponse à la
    question de confiance : Paul"); the reference app does not.

    Scenario: The procedure never shows Lila's answer or new password back to her
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password to "NouveauMotDePasse2026Paris"
      Then no page of the procedure showed her security answer or her new password

    Scenario: Passwords are masked as they are typed
      Given Lila Rosemonde has a professional account as in the guide
      When Lila has reached step 3 of the reset
      Then the new password and its confirmation are masked

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

    Scenario: The mail waits for the mail server and is then delivered once
      Given Lila Rosemonde has a professional account as in the guide
      And the mail server is turning Lila's mail away for now
      When Lila resets her password
      Then the summary reads "Votre mot de passe a été réinitialisé avec succès."
      When the mail server accepts Lila's mail again
      Then Lila receives exactly one confirmation mail
