"""The run's mail: the SMTP sink, the hub the workers read it through, and reading a mail's text."""
