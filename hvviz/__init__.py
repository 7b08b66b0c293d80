"""hvviz: a desktop visual explainer of hypervisors."""

__version__ = "0.1.0"
