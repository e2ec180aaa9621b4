"""What behave runs on: its fixtures, the step sentences' parameter types, the scenario's
clock and the test-control client."""
