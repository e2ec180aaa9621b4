"""What a QA engineer sees of a run: preflight, selection, one live board, kept reports."""
