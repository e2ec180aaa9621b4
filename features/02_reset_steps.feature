@chapter-2
Feature: The reset procedure, step by step
  The procedure "Reset forgotten password" is one step for the user, shown as a
  four-part trail: "Adresse électronique de connexion > Réponse à la question de
  confiance > Nouveau mot de passe > Récapitulatif".

  Source: FOCUS guide "Resetting Forgotten Password", sections 1.4 and 2.

  @G03
  Rule: G03 The first step asks for the login address and the characters of the CAPTCHA image
    Guide, 2: "Enter your email address and the characters displayed in the
    CAPTCHA image and then click on "Continuer"." The screen offers
    "Changer l'image" and "Ecouter l'extrait sonore".

    Scenario: The address and the characters of the image lead to the security question
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image
      Then the current step is "Réponse à la question de confiance"

    Scenario: Characters that do not match the image keep Lila on the first step
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters "ZZZZZZ"
      Then the current step is "Adresse électronique de connexion"
      And the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: The address is required
      When a visitor starts the reset with no address and the characters of the image
      Then the address field says "Veuillez saisir votre adresse électronique de connexion."

    Scenario Outline: A malformed address is refused
      When a visitor starts the reset with the address "<address>" and the characters of the image
      Then the address field says "L'adresse électronique saisie n'est pas valide."

      Examples:
        | address                |
        | lila.rosemonde         |
        | lila.rosemonde@        |
        | @orange.fr             |
        | lila rosemonde@orange.fr |

    Scenario: "Changer l'image" gives a new image to copy
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When Lila asks for another image
      Then the image has changed
      And Lila can continue with her address and the characters of the new image

    @browser-only
    Scenario: "Ecouter l'extrait sonore" reads out the characters of the image
      Given a visitor is on the first step of the reset
      When the visitor asks to listen to the audio extract
      Then an audio extract of the characters of the image is played

  @G04 @deviation
  Rule: G04 The second step shows the security question chosen at account creation; only the right answer opens the third
    Guide, 1.5: "remember the answer to your security question that you set when
    you created your professional account." Guide, 2: "Enter the answer to the
    security question displayed, then click on "Continuer"", then "If your
    answer is correct, you will be able to enter a new password".

    Deviation: a security question as the only proof of identity departs from
    NIST SP 800-63B §5.1.1.2 ("verifiers SHALL NOT prompt subscribers to use
    knowledge-based authentication") and OWASP ASVS 4.0 V2.5.6. The spec states
    the guide's rule.

    Scenario: The question is shown beside the login address
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image
      Then Lila is asked "Le prénom de votre conjoint(e) ?" beside her login address

    Scenario: The right answer opens the new-password step
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

    Scenario: A wrong answer does not
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "Pierre"
      Then the current step is "Réponse à la question de confiance"
      And the answer field says "La réponse à la question de confiance est incorrecte."

    Scenario: The answer is required
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with ""
      Then the answer field says "Veuillez saisir la réponse à la question de confiance."

    @question
    Scenario Outline: The answer is compared regardless of case and surrounding spaces
      Question: the guide does not say whether the answer is case-sensitive.
      We accept it trimmed and case-folded, since the registration summary is
      the user's only record of it.

      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "<answer>"
      Then the current step is "Nouveau mot de passe"

      Examples:
        | answer   |
        | paul     |
        | PAUL     |
        |   Paul   |

  @G05
  Rule: G05 The third step takes the new password typed twice, then "Valider"
    Guide, 2: "Enter and confirm your new password, then click on "Valider"."

    Scenario: A new password typed twice leads to the summary
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Longchamp75016"
      Then the current step is "Récapitulatif"

    Scenario: The confirmation must repeat the new password
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Longchamp75016" confirmed as "Rosemonde2026Longchamp75017"
      Then the confirmation field says "La confirmation ne correspond pas au nouveau mot de passe."
      And Lila's password is unchanged

    Scenario: The step announces the minimum length
      Given Lila Rosemonde has a professional account as in the guide
      When Lila has reached step 3 of the reset
      Then the new password field is announced with "(20 caractères minimum)"

    @browser-only
    Scenario: The security level rises as the password grows
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila types "Rosemonde1" as her new password
      Then the security level reads "Niveau de sécurité : Faible"
      When Lila types "Rosemonde2026Longchamp75016" as her new password
      Then the security level reads "Niveau de sécurité : Fort"

  @G16 @browser-only
  Rule: G16 "?" beside the new password shows the guide's recommendations, closed by "Fermer"
    Guide, 2: the "?" beside "Saisissez votre nouveau mot de passe" opens
    "Recommandations pour prévenir des usurpations", closed by "Fermer".

    Scenario: The recommendations are the guide's
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila opens the recommendations beside the new password
      Then Lila reads the recommendations:
        | recommendation                                                                                              |
        | 1 mot de passe différent pour chaque site (limitation des effets en cas d'interception) ;                   |
        | 1 mot de passe différent de ceux utilisés précédemment ;                                                   |
        | ne l'envoyez pas par courriel (les messageries électroniques sont cibles de nombreuses tentatives de piratage) ; |
        | ne l'écrivez jamais sur quelque support que ce soit (ni fichier ni papier) ;                                |
        | renouvelez vos mots de passe régulièrement (notamment en cas de changement de collaborateur) ;              |
        | Un tien vaut mieux que deux tu l'auras                                                                      |
        | il est conseillé de configurer votre navigateur pour qu'il ne se souvienne pas des mots de passe saisis.    |

    Scenario: "Fermer" closes the recommendations
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      And Lila has opened the recommendations beside the new password
      When Lila closes the recommendations
      Then the recommendations are no longer shown

  @G17
  Rule: G17 The four-step trail shows where the user is; "Etape précédente" goes back one step
    Guide, 2: every screen carries "Adresse électronique de connexion → Réponse à
    la question de confiance → Nouveau mot de passe → Récapitulatif", and steps 2
    and 3 offer "Etape précédente".

    Scenario Outline: The trail marks step <step> as the current one
      Given Lila Rosemonde has a professional account as in the guide
      When Lila has reached step <step> of the reset
      Then the trail lists the four steps of the procedure
      And the current step is "<current>"

      Examples:
        | step | current                            |
        | 1    | Adresse électronique de connexion  |
        | 2    | Réponse à la question de confiance |
        | 3    | Nouveau mot de passe               |
        | 4    | Récapitulatif                      |

    Scenario Outline: "Etape précédente" on step <step> goes back to "<previous>"
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step <step> of the reset
      When Lila goes back one step
      Then the current step is "<previous>"

      Examples:
        | step | previous                           |
        | 2    | Adresse électronique de connexion  |
        | 3    | Réponse à la question de confiance |

  @G09
  Rule: G09 After "Valider", the summary confirms the reset, announces the mail and leads to the online services
    Guide, 2: "After having clicked on "Valider", you will be automatically sent
    to the summary from where you can access online services using your new
    password."

    Scenario: The summary confirms the reset and announces the mail
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then the summary reads:
        | text                                                                    |
        | Votre mot de passe a été réinitialisé avec succès.                      |
        | Vous allez recevoir un courriel de confirmation.                        |
        | Vous pouvez dès à présent vous connecter à votre espace professionnel. |

    Scenario: "Accédez à vos services en ligne" leads to the login page
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reset her password
      When Lila follows "Accédez à vos services en ligne"
      Then the login page reads "Connexion à mon espace professionnel"

    Scenario: "Quitter" leaves the procedure
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reset her password
      When Lila follows "Quitter"
      Then the login page reads "Connexion à mon espace professionnel"
