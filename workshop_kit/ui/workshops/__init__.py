"""The Workshops page: deliveries of a curriculum, their surveys and paper forms."""
