"""The shell: the only place that composes the features into a window, with the style, the
caption, the dialogs and the one table of actions."""
