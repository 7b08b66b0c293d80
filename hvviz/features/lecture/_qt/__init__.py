"""Lecture mode's views: the presentation's keys, the black/white/help screen, the progress bar
and the presenter view. Built on the first F5."""
