"""First-run setup: a short wizard for the interface language, the centre's name, the
facilitator PIN and the local help contacts."""
