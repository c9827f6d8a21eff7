"""PDF typesetting for Thai and English text (no Qt)."""
