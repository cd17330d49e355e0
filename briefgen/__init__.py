"""briefgen: a folder of news articles about one story → a cross-linked briefing site."""

__version__ = "0.1.0"
