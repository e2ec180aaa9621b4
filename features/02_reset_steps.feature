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

    Example map:
    - the address: missing or spaces only (the "required" message); malformed
      (no "@", nothing before or after it, two "@", no dot in the domain, a
      space inside; the "not valid" message); longer than an address can be
      (254 characters pass, 255 do not); as registered, in capitals or with
      spaces around (Lila's own procedure goes on); accented letters (a
      well-formed address, answered like any other);
    - the characters of the image: as shown; in lower case, with spaces around
      or between them (accepted); none, spaces only, one missing, one too many,
      look-alike full-width letters, another image's (the image message);
    - both wrong at once: each field says why;
    - the image: shown as a picture on the first step, and again after
      "Changer l'image";
    - the image's alternatives: another image, or the characters read out.

    Scenario: The address and the characters of the image lead to the security question
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image
      Then the current step is "Réponse à la question de confiance"

    Scenario: The first step shows the image of characters
      When a visitor opens the first step of the reset
      Then the image of characters is shown

    Scenario: "Changer l'image" shows another image of characters
      Given a visitor is on the first step of the reset
      When the visitor asks for another image
      Then the image of characters is shown

    Scenario: Characters that do not match the image keep Lila on the first step
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters "ZZZZZZ"
      Then the current step is "Adresse électronique de connexion"
      And the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario Outline: The characters of the image typed <typed> are accepted
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image <typed>
      Then the current step is "Réponse à la question de confiance"

      Examples:
        | typed                     |
        | with spaces around        |
        | with a space between each |

    Scenario Outline: The characters of the image typed <typed> are refused
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters of the image <typed>
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

      Examples:
        | typed                 |
        | without the last one  |
        | with one more         |
        | in full-width letters |

    Scenario: No characters for the image are refused
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters ""
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: Spaces alone for the characters of the image are refused
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address and the characters "   "
      Then the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    Scenario: The address is required
      When a visitor starts the reset with no address and the characters of the image
      Then the address field says "Veuillez saisir votre adresse électronique de connexion."

    Scenario: An address of spaces only counts as no address
      When a visitor starts the reset with the address "    " and the characters of the image
      Then the address field says "Veuillez saisir votre adresse électronique de connexion."

    Scenario Outline: A malformed address is refused: <flaw>
      When a visitor starts the reset with the address "<address>" and the characters of the image
      Then the address field says "L'adresse électronique saisie n'est pas valide."

      Examples:
        | flaw                    | address                     |
        | no "@"                  | lila.rosemonde              |
        | nothing after the "@"   | lila.rosemonde@             |
        | nothing before the "@"  | @orange.fr                  |
        | a space inside          | lila rosemonde@orange.fr    |
        | two "@"                 | lila@rosemonde@orange.fr    |
        | no dot in the domain    | lila.rosemonde@orange       |

    Scenario: Both fields wrong at once each say why
      When a visitor starts the reset with the address "lila.rosemonde" and the characters "ZZZZZZ"
      Then the address field says "L'adresse électronique saisie n'est pas valide."
      And the image field says "Les caractères saisis ne correspondent pas à l'image. Recopiez les caractères de la nouvelle image."

    @question
    Scenario Outline: An address of <length> characters is <verdict>
      Question: the guide sets no length; an address cannot be longer than 254
      characters (RFC 5321), so a longer one is not valid.

      When a visitor starts the reset with an address of <length> characters and the characters of the image
      Then the address is <verdict>

      Examples:
        | length | verdict  |
        | 254    | accepted |
        | 255    | refused  |

    @question
    Scenario: A well-formed address with accented letters is answered like any other
      Question: the guide does not say; internationalised addresses (RFC 6531)
      are well-formed, so they go on to a security question like any address.

      When a visitor starts the reset with the address "hélène.marchand@exemple-sans-compte.fr" and the characters of the image
      Then the current step is "Réponse à la question de confiance"

    Scenario Outline: Lila's address typed <typed> leads to her own question
      Given Lila Rosemonde has a professional account as in the guide
      When Lila starts the reset with her address <typed> and the characters of the image
      Then Lila is asked "Le prénom de votre conjoint(e) ?"

      Examples:
        | typed              |
        | in capitals        |
        | with spaces around |

    Scenario: "Changer l'image" gives a new image to copy
      Given Lila Rosemonde has a professional account as in the guide
      And Lila is on the first step of the reset
      When Lila asks for another image
      Then the image has changed
      And Lila can continue with her address and the characters of the new image

    Scenario: After a refused address, the new image's characters lead on
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has started the reset with the address "lila.rosemonde"
      When Lila starts the reset with her address and the characters of the image
      Then the current step is "Réponse à la question de confiance"

    @browser-only
    Scenario: "Ecouter l'extrait sonore" reads out the characters of the image
      Given a visitor is on the first step of the reset
      When the visitor asks to listen to the audio extract
      Then an audio extract of the characters of the image is played

    @browser-only
    Scenario: After "Changer l'image", the audio extract is the new image's
      Given a visitor is on the first step of the reset
      And the visitor has asked for another image
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

    Example map:
    - the question: each account's own, as registered, apostrophes and
      brackets shown as written (Lila's, Hélène's); signs a page must escape
      (markup, an ampersand, an entity's spelling) shown as typed;
    - the answer: as registered; in lower case, in capitals, with spaces
      around, its accents typed as letter and mark (accepted); a wrong one,
      its accents left out, a letter short or a letter more (refused);
      missing or spaces only (the "required" message).

    Scenario Outline: <person> is asked her own question beside her login address
      Given <person> has a professional account
      When <person> starts the reset with her address and the characters of the image
      Then <person> is asked "<question>" beside her login address

      Examples:
        | person          | question                                           |
        | Lila Rosemonde  | Le prénom de votre conjoint(e) ?                   |
        | Hélène Marchand | Le prénom de votre meilleur(e) ami(e) d'enfance ? |

    Scenario Outline: A question written with <signs> is shown as it was written
      Given Lila Rosemonde has a professional account whose question is "<question>"
      When Lila starts the reset with her address and the characters of the image
      Then Lila is asked "<question>" beside her login address

      Examples:
        | signs                    | question                                  |
        | the signs of markup      | Le nom de votre <b>ville</b> natale ?     |
        | an ampersand and quotes  | Le titre de « Tom & Jerry » préféré ?     |
        | an entity's spelling     | Le mot &amp; qui lie deux noms ?          |

    Scenario: The right answer opens the new-password step
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "Paul"
      Then the current step is "Nouveau mot de passe"

    Scenario: A wrong answer keeps Lila on the question
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

    Scenario: An answer of spaces only counts as no answer
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "   "
      Then the answer field says "Veuillez saisir la réponse à la question de confiance."

    @question
    Scenario Outline: The answer is compared regardless of case and surrounding spaces
      Question: the guide does not say whether the answer is case-sensitive.
      We accept it trimmed and case-folded, since the registration summary is
      the user's only record of it.

      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with her answer <typed>
      Then the current step is "Nouveau mot de passe"

      Examples:
        | typed              |
        | in lower case      |
        | in capitals        |
        | with spaces around |

    @question
    Scenario Outline: Hélène's accented answer typed <typed> is accepted
      Question: an accented letter may be typed as one character, or as a letter
      followed by a combining mark; both are the same answer.

      Given Hélène Marchand has a professional account
      And Hélène has reached step 2 of the reset
      When Hélène answers the security question with her answer <typed>
      Then the current step is "Nouveau mot de passe"

      Examples:
        | typed                       |
        | as registered               |
        | in capitals                 |
        | with spaces around          |
        | with its accents decomposed |

    @question
    Scenario Outline: Hélène's answer typed <typed> is refused
      Question: only the case and the surrounding spaces are forgiven; a letter
      missing, added or without its accent makes another answer.

      Given Hélène Marchand has a professional account
      And Hélène has reached step 2 of the reset
      When Hélène answers the security question with her answer <typed>
      Then the answer field says "La réponse à la question de confiance est incorrecte."

      Examples:
        | typed                   |
        | without its accents     |
        | without its last letter |
        | with one more letter    |

  @G05
  Rule: G05 The third step takes the new password typed twice, then "Valider"
    Guide, 2: "Enter and confirm your new password, then click on "Valider"."
    The third screen shows "(20 caractères minimum) Niveau de sécurité : Fort".

    Example map:
    - the confirmation: the same (the summary); missing, one character off,
      in another letter case, with a space after it (the confirmation message,
      nothing changed);
    - the new password: missing (the "required" message);
    - the security level as the password is typed: "Faible" while a rule of
      the policy is broken (19 characters, letters only, figures only, a space,
      an accent), "Moyen" when all hold, "Fort" when they hold and the password
      also mixes capitals and small letters, holds punctuation, or has 30
      characters or more (29 stays "Moyen").

    Scenario: A new password typed twice leads to the summary
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Longchamp75016"
      Then the current step is "Récapitulatif"

    Scenario Outline: A confirmation <differing> is refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Longchamp75016" confirmed as "<confirmation>"
      Then the confirmation field says "La confirmation ne correspond pas au nouveau mot de passe."
      And Lila's password is unchanged

      Examples:
        | differing                 | confirmation                |
        | by its last character     | Rosemonde2026Longchamp75017 |
        | in another letter case    | rosemonde2026longchamp75016 |
        | left empty                |                             |

    Scenario: A confirmation with a space after it is refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Longchamp75016" confirmed as "Rosemonde2026Longchamp75016 "
      Then the confirmation field says "La confirmation ne correspond pas au nouveau mot de passe."

    Scenario: The new password is required
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "" confirmed as ""
      Then the new password field says "Veuillez saisir votre nouveau mot de passe."
      And Lila's password is unchanged

    Scenario: The step announces the minimum length
      Given Lila Rosemonde has a professional account as in the guide
      When Lila reaches step 3 of the reset
      Then the new password field is announced with "(20 caractères minimum)"

    @browser-only
    Scenario Outline: The security level of <password_kind> reads "<level>"
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila types "<password>" as her new password
      Then the security level reads "Niveau de sécurité : <level>"

      Examples:
        | password_kind                             | password                       | level  |
        | 19 characters                             | Rosemonde2026Paris7            | Faible |
        | letters only                              | RosemondeLongchampAvenue       | Faible |
        | figures only                              | 20232990000101750161234        | Faible |
        | a space                                   | rosemonde 2026 longchamp 75    | Faible |
        | an accent                                 | rosemondé2026longchamp75       | Faible |
        | 20 small letters and figures              | rosemonde2026paris75           | Moyen  |
        | 29 small letters and figures              | rosemonde2026longchampparis75 | Moyen  |
        | 30 small letters and figures              | rosemonde2026longchampparis750 | Fort   |
        | 20 with capitals                          | Rosemonde2026Paris75           | Fort   |
        | 20 with punctuation                       | rosemonde-2026-paris           | Fort   |
        | 20 with an underscore                     | rosemonde_2026_paris           | Fort   |
        | 20 with an apostrophe                     | rosemonde'2026'paris           | Fort   |

    @browser-only
    Scenario: The level falls back to "Faible" when the password is erased
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      And Lila has typed "Rosemonde2026Longchamp75016" as her new password
      When Lila types "" as her new password
      Then the security level reads "Niveau de sécurité : Faible"

    @browser-only
    Scenario: The level falls back when the password is shortened
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      And Lila has typed "Rosemonde2026Longchamp75016" as her new password
      When Lila types "Rosemonde1" as her new password
      Then the security level reads "Niveau de sécurité : Faible"

  @G16 @browser-only
  Rule: G16 "?" beside the new password shows the guide's recommendations, closed by "Fermer"
    Guide, 2: the "?" beside "Saisissez votre nouveau mot de passe" opens
    "Recommandations pour prévenir des usurpations", closed by "Fermer".

    Example map: every recommendation of the guide, its memorisation sentence
    and its advice on browsers, word for word; opened on a fresh step and after
    a refused password; "Fermer" closes it, and so does Escape.

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
        | Pour faciliter la mémorisation, vous pouvez adopter par exemple la technique de la phrase « Un tien vaut mieux que deux tu l'auras » : 1tvmq2t1'A. |
        | Par ailleurs, il est conseillé de configurer votre navigateur pour qu'il ne se souvienne pas des mots de passe saisis. |

    Scenario: The recommendations open after a refused password too
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      And Lila has chosen the new password "Rosemonde2026Paris7"
      When Lila opens the recommendations beside the new password
      Then Lila reads the recommendations:
        | recommendation                                             |
        | 1 mot de passe différent de ceux utilisés précédemment ; |

    Scenario: "Fermer" closes the recommendations
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      And Lila has opened the recommendations beside the new password
      When Lila closes the recommendations
      Then the recommendations are no longer shown

    Scenario: Escape closes the recommendations, as a dialog does
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      And Lila has opened the recommendations beside the new password
      When Lila presses Escape
      Then the recommendations are no longer shown

  @G17
  Rule: G17 The four-step trail shows where the user is; "Etape précédente" goes back one step
    Guide, 2: every screen carries "Adresse électronique de connexion → Réponse à
    la question de confiance → Nouveau mot de passe → Récapitulatif", and steps 2
    and 3 offer "Etape précédente".

    Example map: the trail on each of the four steps, in the guide's order,
    with the current step marked; "Etape précédente" from step 2 and from step
    3, and twice from step 3.

    Scenario Outline: The trail marks step <step> as the current one
      Given Lila Rosemonde has a professional account as in the guide
      When Lila reaches step <step> of the reset
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

    Scenario: Going back twice from the new-password step reaches the first step
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila goes back one step
      And Lila goes back one step
      Then the current step is "Adresse électronique de connexion"

  @G09
  Rule: G09 After "Valider", the summary confirms the reset, announces the mail and leads to the online services
    Guide, 2: "After having clicked on "Valider", you will be automatically sent
    to the summary from where you can access online services using your new
    password."

    Example map: the summary's sentences, word for word; its two ways out
    ("Accédez à vos services en ligne" and "Quitter") both reach the login page.

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
