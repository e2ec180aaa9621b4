@chapter-1 @chapter-2
Feature: The new password's policy
  "The user can choose whatever new password they like. It however must be a
  combination of figures and letters, and be at least 20 characters long. It
  must be different from the last password used." (guide, 1.3)

  A refused password changes nothing: the old password still opens the space.

  @G06 @deviation
  Rule: G06 The password combines figures and letters, with no spaces or diacritics
    Guide, 2: "Your new password must be a combination of figures and letters,
    with no spaces or diacritics".

    Deviation: composition rules and the ban on spaces and accented characters
    depart from NIST SP 800-63B §5.1.1.2 (verifiers "SHOULD NOT impose other
    composition rules" and "SHOULD permit … all printing ASCII characters as well
    as the space character … Unicode characters") and OWASP ASVS 4.0 V2.1.4 and
    V2.1.9. The spec states the guide's rule.

    Example map:
    - figures and letters: both (accepted, even one figure among letters or one
      letter among figures, in capitals or small letters); letters only or
      figures only (refused);
    - spaces: inside, before, after, a non-breaking space, a tab (refused);
    - diacritics: acute, grave, circumflex, diaeresis, cedilla, on a capital,
      typed as letter and combining mark (refused);
    - other characters: letters of other alphabets, figures and signs beyond
      plain ASCII (refused); ASCII punctuation, including the signs a page must
      escape (accepted).

    Scenario Outline: A password with <flaw> is refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "<password>"
      Then the new password field says "<message>"
      And Lila's password is unchanged

      Examples:
        | flaw                 | password                    | message                                                        |
        | letters only         | RosemondeLongchampAvenue    | Le mot de passe doit combiner des chiffres et des lettres.     |
        | figures only         | 20232990000101750161234     | Le mot de passe doit combiner des chiffres et des lettres.     |
        | spaces               | Rosemonde 2026 Longchamp 75 | Le mot de passe ne doit pas contenir d'espace.                 |
        | an acute accent      | Rosemondé2026Longchamp75    | Le mot de passe ne doit pas contenir de caractères accentués. |
        | a grave accent       | Rosemondè2026Longchamp75    | Le mot de passe ne doit pas contenir de caractères accentués. |
        | a circumflex         | Rosemondê2026Longchamp75    | Le mot de passe ne doit pas contenir de caractères accentués. |
        | a diaeresis          | Rosemondë2026Longchamp75    | Le mot de passe ne doit pas contenir de caractères accentués. |
        | a cedilla            | Françoise2026Longchamp75    | Le mot de passe ne doit pas contenir de caractères accentués. |
        | an accented capital  | ÉlodieRosemonde2026Paris75  | Le mot de passe ne doit pas contenir de caractères accentués. |

    @question
    Scenario Outline: A password with <flaw> is refused as not plain letters and figures
      Question: "letters" and "figures" are read as those of the French keyboard's
      plain alphabet and digits; anything beyond ASCII is refused with the accent
      message.

      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "<password>"
      Then the new password field says "Le mot de passe ne doit pas contenir de caractères accentués."

      Examples:
        | flaw               | password                     |
        | Cyrillic letters   | Пароль2026Longchamp75016     |
        | Greek letters      | Κωδικός2026Longchamp75       |
        | a euro sign        | Rosemonde2026Longchamp75€    |
        | a superscript two  | Rosemonde²026Longchamp75     |
        | full-width figures | Rosemonde２０２６Longchamp75 |
        | an emoji           | Rosemonde2026Longchamp75🔑   |

    Scenario Outline: A password <typed> is refused
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Longchamp75" <typed>
      Then the new password field says "<message>"

      Examples:
        | typed                     | message                                                        |
        | with a space before it    | Le mot de passe ne doit pas contenir d'espace.                 |
        | with a space after it     | Le mot de passe ne doit pas contenir d'espace.                 |
        | with a non-breaking space | Le mot de passe ne doit pas contenir d'espace.                 |
        | with a tab                | Le mot de passe ne doit pas contenir d'espace.                 |
        | with a decomposed accent  | Le mot de passe ne doit pas contenir de caractères accentués. |

    Scenario Outline: A password of <kind> is accepted
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "<password>"
      Then the current step is "Récapitulatif"

      Examples:
        | kind                           | password                    |
        | figures and letters            | Longchamp75016Rosemonde2026 |
        | capitals and figures           | ROSEMONDE2026LONGCHAMP75    |
        | small letters and figures      | rosemonde2026longchamp75    |
        | one figure among letters       | RosemondeLongchampAvenue7   |
        | one letter among figures       | 2023299000010175016A        |

    @question
    Scenario Outline: Punctuation beside figures and letters is accepted: <kind>
      Question: "a combination of figures and letters" does not say whether other
      characters are allowed, and the guide's own example "1tvmq2t1'A" has an
      apostrophe. We accept printable ASCII punctuation.

      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "<password>"
      Then the current step is "Récapitulatif"

      Examples:
        | kind                        | password                      |
        | an apostrophe               | Rosemonde'2026Longchamp75     |
        | common signs                | Rosemonde-2026_Longchamp!75?  |
        | signs a page must escape    | Rosemonde<2026>&Longchamp75   |
        | brackets, slashes and marks | Rosemonde(2026)/[75]\{16}#%@  |

  @G07
  Rule: G07 The password is at least 20 characters long
    Guide, 1.3: "be at least 20 characters long". Guide, 2: the third screen
    says "(20 caractères minimum)".

    Example map: 19 characters (refused) and 20 (accepted), whatever the last
    character is: a figure, a letter or punctuation, each counting one; 21, 26
    and 128 characters (accepted: there is no upper limit); the guide's own
    10-character example (refused).

    Scenario Outline: A password of <length> characters ending with <last> is <verdict>
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "<password>"
      Then the new password is <verdict>

      Examples:
        | length | last          | password                   | verdict  |
        | 19     | a figure      | Rosemonde2026Paris7        | refused  |
        | 19     | a letter      | Rosemonde2026ParisA        | refused  |
        | 19     | punctuation   | Rosemonde2026Paris!        | refused  |
        | 20     | a figure      | Rosemonde2026Paris75       | accepted |
        | 20     | a letter      | Rosemonde2026Paris7A       | accepted |
        | 20     | punctuation   | Rosemonde2026Paris7!       | accepted |
        | 21     | a figure      | Rosemonde2026Paris750      | accepted |
        | 26     | a letter      | NouveauMotDePasse2026Paris | accepted |

    Scenario: A password of 128 characters is accepted
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses a new password of 128 characters
      Then the new password is accepted

    Scenario: Under 20 characters the field says why
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "Rosemonde2026Paris7"
      Then the new password field says "Le mot de passe doit contenir au moins 20 caractères."
      And Lila's password is unchanged

    @question
    Scenario: The guide's own memorisation example is too short to be accepted
      Question: the recommendations suggest the passphrase technique with the
      example "1tvmq2t1'A", which has 10 characters and an apostrophe: under
      the guide's own rule it is refused.

      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "1tvmq2t1'A"
      Then the new password field says "Le mot de passe doit contenir au moins 20 caractères."

  @G08
  Rule: G08 The new password differs from the last password used
    Guide, 1.3: "It must be different from the last password used."

    Example map: the password in use now (refused), also when it was set by the
    last reset; the same in another letter case, or the password before it
    (accepted: only the last one is meant).

    Scenario: The current password cannot be chosen again
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses her current password as the new one
      Then the new password field says "Le mot de passe doit être différent du dernier mot de passe utilisé."
      And Lila's password is unchanged

    Scenario: The password set by the last reset cannot be chosen at the next one
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reset her password to "NouveauMotDePasse2026Paris"
      And Lila has reached step 3 of the reset
      When Lila chooses the new password "NouveauMotDePasse2026Paris"
      Then the new password field says "Le mot de passe doit être différent du dernier mot de passe utilisé."

    @question
    Scenario: The current password in another letter case is another password
      Question: passwords are compared exactly, so a change of letter case makes
      a different password.

      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 3 of the reset
      When Lila chooses her current password in another letter case as the new one
      Then the current step is "Récapitulatif"

    @question
    Scenario: The password used before the last one may be chosen again
      Question: the rule names "the last password used" only; the recommendations'
      "différent de ceux utilisés précédemment" is advice, not a rule.

      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reset her password to "NouveauMotDePasse2026Paris"
      And Lila has reached step 3 of the reset
      When Lila chooses her former password as the new one
      Then the current step is "Récapitulatif"
