"""zhgov-kg: officials, bodies and meetings from Chinese government news, as a knowledge graph."""

__version__ = "0.1.0"
