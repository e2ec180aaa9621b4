"""The domain layer: the procedure's business actions and checks, in the guide's words,
over one scenario's state."""
