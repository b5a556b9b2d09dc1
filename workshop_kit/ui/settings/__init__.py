"""The Settings page: the centre's details and the app's preferences."""
