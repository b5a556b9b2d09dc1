"""The survey data's keys in the interface: setting them up, unlocking, locking."""
