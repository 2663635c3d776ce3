"""hkit: how far each indicator of a plan stands from its targets, and if its pace is enough."""

__version__ = "0.1.0"
