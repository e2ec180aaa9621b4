"""How a run is organised: the command line, its settings, the schedule and workers, the app
and browser it starts."""
