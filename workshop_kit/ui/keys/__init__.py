"""The encryption keys in the interface: key setup, the recovery sheet, unlocking."""
