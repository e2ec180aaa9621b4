@chapter-1 @chapter-3
Feature: When the procedure cannot be completed: prerequisites, support and hotline
  The procedure needs the mailbox and the answer to the security question.
  Without them, the guide sends the user to support or to a new account.

  Source: FOCUS guide "Resetting Forgotten Password", sections 1.2, 1.5 and 3.

  @G13
  Rule: G13 Without the mailbox or the answer the procedure cannot be completed; the guide's fallback is offered
    Guide, 1.5: "To change your password, you must: have access to the email
    address chosen when you initially set up your professional account; remember
    the answer to your security question". Guide, 1.2: "If you are unable to
    complete this procedure …, you can still set up a new account in expert mode
    …, then request to replace the principal user for each company …, along with
    any delegations".

    Example map: the two prerequisites and the four fallbacks, word for word,
    on the help as opened and as shown after a block; without the right answer
    no new password, even by opening the step directly; the help reachable from
    every step of the procedure.

    Scenario: The help states the two prerequisites
      When a visitor opens the help
      Then the help says the procedure needs:
        | prerequisite                                                                                     |
        | avoir accès à l'adresse électronique choisie lors de la création de votre espace professionnel |
        | vous souvenir de la réponse à votre question de confiance                                       |

    Scenario: The help offers the guide's fallback
      When a visitor opens the help
      Then the help offers, for a procedure that cannot be completed:
        | fallback                                                  |
        | Créer un nouvel espace professionnel en mode expert       |
        | Demander le remplacement de l'utilisateur principal       |
        | Désigner un administrateur suppléant                      |
        | Désigner des délégataires et consulter les délégations    |

    Scenario: After a blocked reset, the help still offers the guide's fallback
      Given Lila Rosemonde has a professional account as in the guide
      When Lila's reset is blocked after 5 wrong answers
      Then the help offers, for a procedure that cannot be completed:
        | fallback                                                  |
        | Créer un nouvel espace professionnel en mode expert       |
        | Demander le remplacement de l'utilisateur principal       |
        | Désigner un administrateur suppléant                      |
        | Désigner des délégataires et consulter les délégations    |

    @needs-step-addresses
    Scenario: Without the right answer, no new password can be chosen
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "Pierre"
      And Lila tries to open the new-password step directly
      Then the current step is "Adresse électronique de connexion"
      And Lila's password is unchanged

    Scenario Outline: The help can be opened from step <step> of the procedure
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step <step> of the reset
      When Lila opens the help from the page
      Then the help is shown
      And the help shows no lockout notice

      Examples:
        | step |
        | 1    |
        | 2    |
        | 3    |
        | 4    |

  @G14 @needs-support-agents
  Rule: G14 Support can give the subscriber number, the address and the question, never the answer
    Guide, 1.5: "you can contact either DGFIP or the support team … who will
    provide you with your account number, email address and your security
    question. However, to ensure secure login to your account, tax authority
    teams do not have access to the answer to your security question."

    Example map:
    - the search: the subscriber number; the login address as registered, in
      capitals, with spaces around (found); a number one figure short, an
      address with no account (nothing found);
    - what is shown: the subscriber number, the address, the question of the
      account searched for, never its answer, in no form (no answer field);
    - the search left empty: nothing is found and nothing is said to be missing;
    - who searches: a signed-in agent; a visitor who is not is asked to sign in;
      an agent's login one character short, even with the right password, is
      refused.

    Scenario: Support finds Lila's account by her subscriber number
      Given Lila Rosemonde has a professional account as in the guide
      And a support agent is signed in
      When the agent looks up Lila's subscriber number
      Then the agent sees Lila's subscriber number, login address and security question
      And the agent does not see Lila's security answer

    Scenario: Support finds Lila's account by her login address
      Given Lila Rosemonde has a professional account as in the guide
      And a support agent is signed in
      When the agent looks up Lila's login address
      Then the agent sees Lila's subscriber number, login address and security question

    Scenario Outline: Support finds Lila's account by her login address typed <typed>
      Given Lila Rosemonde has a professional account as in the guide
      And a support agent is signed in
      When the agent looks up Lila's login address typed <typed>
      Then the agent sees Lila's subscriber number, login address and security question

      Examples:
        | typed              |
        | in capitals        |
        | with spaces around |

    Scenario: Support finds Hélène's account, with her own question
      Given Hélène Marchand has a professional account
      And a support agent is signed in
      When the agent looks up Hélène's subscriber number
      Then the agent sees Hélène's subscriber number, login address and security question
      And the agent does not see Hélène's security answer

    Scenario: Support is shown no answer field, not even a masked or hashed one
      Given Lila Rosemonde has a professional account as in the guide
      And a support agent is signed in
      When the agent looks up Lila's login address
      Then the agent is shown no answer field

    Scenario: Part of a subscriber number finds nothing
      Given Lila Rosemonde has a professional account as in the guide
      And a support agent is signed in
      When the agent looks up Lila's subscriber number without its last figure
      Then the agent is told "Aucun compte ne correspond à votre recherche."

    Scenario: A visitor who is not signed in as support cannot look up accounts
      When a visitor opens the support lookup without signing in
      Then the visitor is asked to sign in as support

    Scenario: An address with no account finds nothing
      Given a support agent is signed in
      When the agent looks up an address that has no account
      Then the agent is told "Aucun compte ne correspond à votre recherche."

    Scenario: An empty search is not answered with "nothing found"
      Given a support agent is signed in
      When the agent searches with the search field empty
      Then the agent is not told "Aucun compte ne correspond à votre recherche."

    Scenario: A login one character short does not open the support space, even with the right password
      When a support agent signs in with a login one character short and the right password
      Then the agent is refused the support space
      And the agent is told "Identifiant ou mot de passe incorrect."

  @G15
  Rule: G15 The hotline 0809 400 210 answers from 8am to 7.30pm, Monday to Friday; an online form is offered too
    Guide, 3: "Hotline on 0809 400 210 (free service + carrier's charges) from
    8am to 7.30pm, Monday to Friday" and "Online form on the
    http://www.impots.gouv.fr website".

    Example map: both sides of 8:00 and of 19:30, in winter and in summer
    time; every day of the week at noon (Monday to Friday open, Saturday and
    Sunday closed); midnight; the hours, the number and the price word for word.

    Scenario: The help gives the hotline and the online form
      When a visitor opens the help
      Then the help gives the hotline "0809 400 210", "service gratuit + prix d'appel", "du lundi au vendredi de 8h à 19h30"
      And the help gives the way to the online form "Une assistance aux téléprocédures"

    @needs-clock
    Scenario Outline: On <moment> the help says the hotline is <state>
      Given it is <moment> in Paris
      When a visitor opens the help
      Then the help says the hotline is <state>

      Examples: The opening hours, in winter time
        | moment                            | state  |
        | Monday 30 November 2026 at 07:59  | closed |
        | Monday 30 November 2026 at 08:00  | open   |
        | Friday 4 December 2026 at 19:29   | open   |
        | Friday 4 December 2026 at 19:30   | closed |
        | Tuesday 1 December 2026 at 00:00  | closed |

      Examples: The opening hours, in summer time
        | moment                            | state  |
        | Monday 1 June 2026 at 07:59       | closed |
        | Monday 1 June 2026 at 08:00       | open   |
        | Wednesday 3 June 2026 at 19:29    | open   |
        | Wednesday 3 June 2026 at 19:30    | closed |
        | Wednesday 3 June 2026 at 21:00    | closed |

      Examples: Every day of the week at noon
        | moment                             | state  |
        | Monday 7 December 2026 at 12:00    | open   |
        | Tuesday 8 December 2026 at 12:00   | open   |
        | Wednesday 9 December 2026 at 12:00 | open   |
        | Thursday 10 December 2026 at 12:00 | open   |
        | Friday 11 December 2026 at 12:00   | open   |
        | Saturday 12 December 2026 at 12:00 | closed |
        | Sunday 13 December 2026 at 12:00   | closed |
