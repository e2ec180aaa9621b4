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

    Scenario: Without the right answer, no new password can be chosen
      Given Lila Rosemonde has a professional account as in the guide
      And Lila has reached step 2 of the reset
      When Lila answers the security question with "Pierre"
      And Lila tries to open the new-password step directly
      Then the current step is "Adresse électronique de connexion"
      And Lila's password is unchanged

    Scenario: Every step of the procedure links to the help
      Given Lila Rosemonde has a professional account as in the guide
      When Lila has reached step 2 of the reset
      Then the page links to the help

  @G14 @needs-support-agents
  Rule: G14 Support can give the subscriber number, the address and the question, never the answer
    Guide, 1.5: "you can contact either DGFIP or the support team … who will
    provide you with your account number, email address and your security
    question. However, to ensure secure login to your account, tax authority
    teams do not have access to the answer to your security question."

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

    Scenario: An address with no account finds nothing
      Given a support agent is signed in
      When the agent looks up an address that has no account
      Then the agent is told "Aucun compte ne correspond à votre recherche."

  @G15
  Rule: G15 The hotline 0809 400 210 answers from 8am to 7.30pm, Monday to Friday; an online form is offered too
    Guide, 3: "Hotline on 0809 400 210 (free service + carrier's charges) from
    8am to 7.30pm, Monday to Friday" and "Online form on the
    http://www.impots.gouv.fr website".

    Scenario: The help gives the hotline and the online form
      When a visitor opens the help
      Then the help gives the hotline "0809 400 210", "service gratuit + prix d'appel", "du lundi au vendredi de 8h à 19h30"
      And the help gives the way to the online form "Une assistance aux téléprocédures"

    @needs-clock
    Scenario Outline: On <moment> the help says the hotline is <state>
      Given it is <moment> in Paris
      When a visitor opens the help
      Then the help says the hotline is <state>

      Examples:
        | moment                            | state  |
        | Monday 30 November 2026 at 07:59  | closed |
        | Monday 30 November 2026 at 08:00  | open   |
        | Friday 4 December 2026 at 19:29   | open   |
        | Friday 4 December 2026 at 19:30   | closed |
        | Saturday 5 December 2026 at 10:00 | closed |
