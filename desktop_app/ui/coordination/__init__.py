"""The coordination decision (seed 000): wizard, advice, decision, history, letters."""
