@hardening @reference-app-only
Feature: The test-control contract is safe in production
  Not in the guide. The hooks that let this specification create accounts,
  read CAPTCHA answers and set the clock must never exist in production.

  @H12
  Rule: H12 The test-control hooks are off by default and refused in production mode

    Scenario: Started with its defaults, the app offers no test-control hooks
      When the reference app is started with its default settings
      Then its test-control contract is not reachable

    Scenario: The app refuses to start in production mode with the hooks on
      When the reference app is started in production mode with the test-control hooks on
      Then it refuses to start with a one-line error naming RESETSPEC_TEST_HOOKS
