@chapter-1 @chapter-2
Feature: Back in the professional space after the reset
  "Following this procedure, all company details and services in your account
  can be accessed using your email address and new password." (guide, 1.3)

  @G12
  Rule: G12 The address and the new password open the space with every company; the old password no longer does
    Guide, 2: "Enter your email address and new password and click on
    "Connexion"".

    Example map: every company of the account, whatever their number (Lila's
    two, Hélène's four), names with "&" and apostrophes as registered, two
    companies of one name kept apart by their SIREN; the new password opens
    the space, the old one no longer does, and no other account's changes.

    Scenario: The new password opens the space with all of Lila's companies
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password to "NouveauMotDePasse2026Paris"
      And Lila logs in with her address and the password "NouveauMotDePasse2026Paris"
      Then Lila is in her professional space
      And the space lists the companies:
        | SIREN     | Dénomination           |
        | 812345676 | ROSEMONDE CONSEIL      |
        | 442306908 | ATELIER LONGCHAMP SARL |

    Scenario: The new password opens the space with all four of Hélène's companies, two of one name
      Given Hélène Marchand has a professional account
      When Hélène resets her password to "NouveauMotDePasse2026Lyon"
      And Hélène logs in with her address and the password "NouveauMotDePasse2026Lyon"
      Then the space lists the companies:
        | SIREN     | Dénomination            |
        | 732829320 | MARCHAND & FILS         |
        | 552081317 | L'ATELIER DES CANUTS    |
        | 404833048 | LYON PRESQU'ÎLE CONSEIL |
        | 518934708 | MARCHAND & FILS         |

    Scenario: A reset changes no other account's password
      Given Lila Rosemonde has a professional account as in the guide
      And Hélène Marchand has a professional account
      When Lila resets her password
      Then Hélène's password is unchanged

    Scenario: The old password no longer opens the space
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      And Lila logs in with her address and her former password
      Then Lila is refused with "Adresse électronique ou mot de passe incorrect."

  @G18
  Rule: G18 "Gérer vos coordonnées" shows the subscriber number, the login address and the security question
    Guide, 1.5: the registration summary gives "N° d'abonné", "Adresse
    électronique de connexion" and "Question de confiance". Guide, 2: the
    confirmation mail points to "Gérer vos coordonnées" for them.

    Example map: each account's own details, exactly as registered (an
    apostrophe in a question shown as written), never its answer; only to the
    account's holder, once logged in.

    Scenario Outline: <person>'s details are those of her registration summary, without the answer
      Given <person> has a professional account
      And <person> is logged in
      When <person> opens "Gérer vos coordonnées"
      Then <person> sees her subscriber number, her login address and the question "<question>"
      And the page does not show her security answer

      Examples:
        | person          | question                                           |
        | Lila Rosemonde  | Le prénom de votre conjoint(e) ?                   |
        | Hélène Marchand | Le prénom de votre meilleur(e) ami(e) d'enfance ? |

    Scenario: The details are not shown to a visitor who is not logged in
      When a visitor opens "Gérer vos coordonnées" without logging in
      Then the login page reads "Connexion à mon espace professionnel"
