"""The stage: stacks drawn with QGraphicsScene, animated, clickable."""
