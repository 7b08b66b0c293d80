"""Side panels that render text for the current state."""
