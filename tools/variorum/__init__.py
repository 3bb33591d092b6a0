"""variorum: clean OCR'd witnesses of one text and collate them into a critical edition."""

__version__ = "0.1.0"
