@hardening @reference-app-only
Feature: The test-control contract is safe in production
  Not in the guide. The hooks that let this specification create accounts,
  read CAPTCHA answers and set the clock must never exist in production.

  @H12
  Rule: H12 The test-control hooks are off by default and refused in production mode
    Example map: the hooks with the defaults, and turned off in test and in
    production mode (none offered; production starts); turned on in production
    (refused at start-up); what the hooks' headers would do (the time a request
    says, the client it says it is) taken by no app started with its defaults.

    Scenario: Started with its defaults, the app offers no test-control hooks
      When the reference app is started with its default settings
      Then its test-control contract is not reachable

    Scenario Outline: Started in <mode> mode with the hooks turned off, the app offers none
      When the reference app is started in <mode> mode with the test-control hooks turned off
      Then its test-control contract is not reachable

      Examples:
        | mode       |
        | test       |
        | production |

    Scenario: With its defaults the app takes neither a test clock nor a test client
      When the reference app with its default settings is sent the test clock and client headers
      Then it takes neither the time nor the client those headers give

    Scenario: The app refuses to start in production mode with the hooks on
      When the reference app is started in production mode with the test-control hooks on
      Then it refuses to start with a one-line error naming the test-control hooks' setting
