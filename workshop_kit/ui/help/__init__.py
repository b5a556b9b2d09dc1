"""Help: the quick start for facilitators, the keyboard shortcuts and About (version,
data folder, licences)."""
