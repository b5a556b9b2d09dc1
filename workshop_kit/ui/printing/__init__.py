"""The Print page: documents previewed, printed and saved as PDF."""
