"""The 'Resultaten en hulp' page of a case and the catalog page."""
