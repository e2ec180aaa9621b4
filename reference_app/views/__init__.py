"""The blueprints, one per concern."""
