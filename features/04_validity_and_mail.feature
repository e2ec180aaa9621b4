@chapter-2
Feature: The validity date and the confirmation mail
  The summary and the confirmation mail tell the user until when the new
  password is valid; the mail confirms the change without revealing anything.

  Source: FOCUS guide "Resetting Forgotten Password", section 2 (summary and mail).

  @G10 @question @deviation
  Rule: G10 The new password is valid until a date shown on the summary and in the mail
    Guide, 2: "Ce mot de passe est valable jusqu'au 05 juin 2026." and, in the
    mail, "Celui-ci est valable jusqu'au 14 décembre 2023."

    Question: the guide never states the validity period. Its examples suggest
    about a year; the reference app uses 365 days.

    Deviation: periodic expiry departs from NIST SP 800-63B §5.1.1.2 ("Verifiers
    SHOULD NOT require memorized secrets to be changed arbitrarily (e.g.,
    periodically)") and OWASP ASVS 4.0 V2.1.10.

    Example map: the date as the guide writes it (two-figure day, the French
    month's name in full with its accents, four-figure year) for a reset in
    every month; in winter and in summer time; just before and just after
    midnight in Paris, when the date in UTC is another; a year later across a
    leap day, onto a leap day, and across a year's end; on the summary and in
    the mail alike.

    @needs-clock
    Scenario Outline: A password reset on <reset> is valid until <valid_until>
      Given it is <reset> in Paris
      And Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then the summary reads "Ce mot de passe est valable jusqu'au <valid_until>."
      And the confirmation mail reads "Celui-ci est valable jusqu'au <valid_until>."

      Examples: Across the calendar
        | reset                                | valid_until       |
        | Friday 1 January 2027 at 10:00       | 01 janvier 2028   |
        | Tuesday 10 March 2026 at 10:00       | 10 mars 2027      |
        | Tuesday 14 April 2026 at 10:00       | 14 avril 2027     |
        | Friday 8 May 2026 at 10:00           | 08 mai 2027       |
        | Thursday 5 June 2025 at 10:00        | 05 juin 2026      |
        | Saturday 15 August 2026 at 10:00     | 15 août 2027      |
        | Wednesday 2 September 2026 at 10:00  | 02 septembre 2027 |
        | Friday 9 October 2026 at 10:00       | 09 octobre 2027   |
        | Thursday 26 November 2026 at 10:00   | 26 novembre 2027  |

      Examples: Around midnight, leap days and the year's end
        | reset                                | valid_until       |
        | Wednesday 31 December 2025 at 00:30  | 31 décembre 2026  |
        | Thursday 31 December 2026 at 23:30   | 31 décembre 2027  |
        | Friday 1 January 2027 at 00:15       | 01 janvier 2028   |
        | Monday 30 June 2025 at 23:30         | 30 juin 2026      |
        | Tuesday 1 July 2025 at 00:30         | 01 juillet 2026   |
        | Monday 1 March 2027 at 10:00         | 29 février 2028   |
        | Tuesday 29 February 2028 at 10:00    | 28 février 2029   |

  @G11
  Rule: G11 A confirmation mail is sent to the login address
    Guide, 2: "A confirmation email is then sent to your inbox", from
    "ne-pas-repondre@dgfip.finances.gouv.fr", subject "Espace professionnel -
    Modification du mot de passe".

    Example map:
    - who: the login address as registered, also when it was typed in capitals
      or with spaces at the first step; from exactly the no-reply sender;
    - what: exactly the guide's subject and text, dated at the moment of the
      reset in Paris, in winter and in summer time; no secret, no link;
    - when: one mail for a reset; none while the new password is refused.

    @question
    Scenario: The mail goes to Lila's login address, from the no-reply sender
      Question: the guide's sample mail shows the sender's address in "A :" too;
      we send it to the login address, since the guide says it goes "to your inbox".

      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then Lila receives a confirmation mail at her login address
      And the mail comes from "ne-pas-repondre@dgfip.finances.gouv.fr"
      And the mail's subject is "Espace professionnel - Modification du mot de passe"

    Scenario Outline: The mail goes to the login address as registered, though typed <typed>
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password with her address typed <typed>
      Then Lila receives a confirmation mail at her login address

      Examples:
        | typed              |
        | in capitals        |
        | with spaces around |

    @needs-clock
    Scenario: The mail's text is the guide's, word for word
      Given it is Thursday 5 June 2025 at 10:00 in Paris
      And Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then the confirmation mail's text is exactly:
        """
        Bonjour,

        Vous avez modifié votre mot de passe ; cette demande a bien été prise en compte.

        Celui-ci est valable jusqu'au 05 juin 2026.

        En cas d'oubli de votre mot de passe, vous devrez saisir votre réponse à la question de confiance présente dans vos informations personnelles ("Gérer vos coordonnées").

        L'Administration fiscale vous remercie de l'intérêt que vous portez à ses services.

        Si vous avez une question particulière, nous vous invitons à ne pas répondre à l'adresse électronique de ce message mais à vous connecter sur notre site impots.gouv.fr où vous trouverez les réponses aux questions les plus fréquentes.

        L'Administration fiscale ne vous sollicite jamais (que ce soit par mail, par SMS ou par téléphone) pour vous demander de communiquer de quelque manière que ce soit vos identifiants ou vos coordonnées bancaires. Si vous recevez un tel message, ne cliquez sur aucun lien, n'appellez pas le numéro indiqué et ne tenez pas compte des informations qu'il contient car il s'agit sans doute d'un message de phishing.
        """

    Scenario: The mail confirms the change, reminds the security question and warns of phishing
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then the confirmation mail reads:
        | text                                                                                                                                                                                   |
        | Vous avez modifié votre mot de passe ; cette demande a bien été prise en compte.                                                                                                      |
        | En cas d'oubli de votre mot de passe, vous devrez saisir votre réponse à la question de confiance présente dans vos informations personnelles ("Gérer vos coordonnées").               |
        | L'Administration fiscale vous remercie de l'intérêt que vous portez à ses services.                                                                                                   |
        | L'Administration fiscale ne vous sollicite jamais (que ce soit par mail, par SMS ou par téléphone) pour vous demander de communiquer de quelque manière que ce soit vos identifiants ou vos coordonnées bancaires. |

    @needs-clock
    Scenario Outline: The mail is dated at the moment of the reset, Paris time, in <season>
      Given it is <moment> in Paris
      And Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then the confirmation mail is dated <moment> in Paris

      Examples:
        | season      | moment                              |
        | summer time | Thursday 5 June 2025 at 10:00       |
        | winter time | Wednesday 31 December 2025 at 00:30 |

    Scenario: A reset sends exactly one mail
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password
      Then Lila receives exactly one confirmation mail

    Scenario: No mail is sent while the new password is refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Paris7"
      Then Lila receives no confirmation mail

    Scenario: The mail holds no secret and no link
      Given Lila Rosemonde has a professional account as in the guide
      When Lila resets her password to "NouveauMotDePasse2026Paris"
      Then the confirmation mail contains neither her new password nor her security answer
      And the confirmation mail contains no link
