"""backchannel: a sourced record of who said what and who met whom, from news articles."""

__version__ = "0.1.0"
