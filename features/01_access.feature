@chapter-2
Feature: Entering the professional space
  Professional users of the tax authorities' online procedures reach their
  services from their professional account. This feature is the door the
  "Mot de passe oublié" procedure starts from and leads back to.

  Source: FOCUS guide "Resetting Forgotten Password", sections 1.1 and 2.

  @G01
  Rule: G01 The professional space is opened with the login address and the password
    Guide, 1.1: "Users are required to provide an email address and a password
    to access their account."

    Example map:
    - the address: as registered, in capitals, with a capital initial, with
      spaces around: the same account (addresses are not case-sensitive);
    - the password: exactly as chosen opens; in another letter case, followed
      by a space, one character short or one too many, or empty: refused;
    - the account: an address with no account is refused with the same
      message as a wrong password.

    Scenario: Lila opens her space with her address and her password
      Given Lila Rosemonde has a professional account as in the guide
      When Lila logs in with her address and her password
      Then Lila is in her professional space

    @question
    Scenario Outline: Lila's address typed <typed> opens her space
      Question: the guide does not say whether the address is case-sensitive;
      addresses are not in practice, and the space trims what surrounds it.

      Given Lila Rosemonde has a professional account as in the guide
      When Lila logs in with her address <typed> and her password
      Then Lila is in her professional space

      Examples:
        | typed                  |
        | in capitals            |
        | with a capital initial |
        | with spaces around     |

    Scenario: A wrong password does not open the space
      Given Lila Rosemonde has a professional account as in the guide
      When Lila logs in with her address and the password "UnMotDePasseFaux2026Paris"
      Then Lila is refused with "Adresse électronique ou mot de passe incorrect."

    Scenario Outline: Lila's password <differing> does not open the space
      Given Lila Rosemonde has a professional account as in the guide
      When Lila logs in with her address and her password <differing>
      Then Lila is refused with "Adresse électronique ou mot de passe incorrect."

      Examples:
        | differing                  |
        | in another letter case     |
        | followed by a space        |
        | without its last character |
        | with one more character    |

    Scenario: An empty password does not open the space
      Given Lila Rosemonde has a professional account as in the guide
      When Lila logs in with her address and the password ""
      Then Lila is refused with "Adresse électronique ou mot de passe incorrect."

    Scenario: An address with no account is refused with the same message
      When a visitor logs in with an address that has no account
      Then the visitor is refused with "Adresse électronique ou mot de passe incorrect."

  @G02
  Rule: G02 "Mot de passe oublié" on the login page starts the procedure
    Guide, 2: 'Click on "Votre espace professionnel"', then 'The login page below
    will then appear' … 'Click on "Mot de passe oublié"', then 'The screen below
    will then be displayed'.

    Example map: the login page shows the guide's heading and links; its
    "Mot de passe oublié" opens the first step, fresh, with nothing to correct.

    Scenario: The login page is the guide's "Connexion à mon espace professionnel"
      When a visitor opens the login page
      Then the login page reads "Connexion à mon espace professionnel"
      And the login page offers the links:
        | link                               |
        | Mot de passe oublié                |
        | Créer mon espace professionnel     |
        | Activer mon espace / mes services  |
        | Payer mes impôts locaux            |
        | Aide                               |

    Scenario: "Mot de passe oublié" opens the first step of the procedure
      When a visitor follows "Mot de passe oublié" from the login page
      Then the current step is "Adresse électronique de connexion"

    Scenario: The first step opens with nothing to put right
      When a visitor follows "Mot de passe oublié" from the login page
      Then the page asks for nothing to be put right
