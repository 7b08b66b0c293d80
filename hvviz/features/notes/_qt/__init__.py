"""The notes' views: the notes panel."""
