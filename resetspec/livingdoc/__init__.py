"""The living documentation: results of a behave run, keyed by stable ids, rendered as the guide.

``formatter`` records a run from behave's own model, ``merge`` joins the results of several
workers, ``document`` lays the spec out as the guide does and ``render`` writes the HTML page.
"""
