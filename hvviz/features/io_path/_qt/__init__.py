"""The I/O path's views: the travelling request, its trail and callout, the player, the controls."""
