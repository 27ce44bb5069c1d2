"""The case file: a case's overview (phase, next step, who is involved, help, cost), its
journal of contact moments and its timeline – the case's main page on the family page."""
