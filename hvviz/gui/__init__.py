"""Qt foundations that every feature's views share: the Korean font, scene fonts, kind icons,
the animation framework's named durations, and the Qt palette of a theme."""
