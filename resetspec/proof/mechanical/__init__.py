"""Mechanical mutation testing of the reference app with cosmic-ray, judged by the features.

`resetspec mutants --mechanical` mutates each rule-bearing module of the reference app one
change at a time (cosmic-ray's operators: comparisons, arithmetic, booleans, numbers, decorators,
exceptions…) and runs the feature suite — the rules that module bears, through the HTTP driver,
then their @browser-only examples in Chromium where the module feeds what only a browser shows —
against each mutant. A mutant is killed when an example fails. What survives is either a
missing example or an equivalent mutant, recorded with its reason in `mutation/equivalents.toml`.
"""
