"""Running a session: the facilitator's step timer and the presenter view."""
