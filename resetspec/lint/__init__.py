"""Checks that keep the features readable as documentation (`make lint`)."""
