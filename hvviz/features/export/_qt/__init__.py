"""The exports' views: each renders the lesson off screen, from a stage of its own."""
