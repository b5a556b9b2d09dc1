"""The Library page: curricula, sessions, search and the session guide."""
