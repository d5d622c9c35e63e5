"""Every cache and memo of data derived from content, over Django's cache framework."""
