"""The survey kiosk: participants answer one item per screen, anonymously."""
