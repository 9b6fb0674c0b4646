"""dangjian-map: the regional party-building network of Jing'an as a graph."""

__version__ = "0.1.0"
