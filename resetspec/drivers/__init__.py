"""Protocol drivers: the only code that knows pages, selectors and HTTP."""
