"""Feature modules: each registers its case actions, pages and screens with
`desktop_app.ui.registry` at import. Keep imports here light: build heavy
widgets inside the factories."""
