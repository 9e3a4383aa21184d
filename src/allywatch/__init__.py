"""allywatch: structured, sourced security-event data from Chinese-language news pages."""

__version__ = "0.1.0"
