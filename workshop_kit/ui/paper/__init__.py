"""Keying in paper survey forms."""
