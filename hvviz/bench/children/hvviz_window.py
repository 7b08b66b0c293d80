"""A bench child: hvviz's window on the bundled pack, to its first frame, in the order the `hvviz`
command goes: the content is read (through the content cache) before Qt is imported."""

from hvviz.core.resources import default_content_dir
from hvviz.features import load_pack

content = load_pack(default_content_dir())

from first_frame import FirstFrame  # noqa: E402  (imports Qt: after the content, as the command does)

from hvviz.app import application, build_window  # noqa: E402

app = application()
window = build_window(content, "ko")
window.resize(1280, 720)
watcher = FirstFrame(window)
window.show()
window.replay()
app.exec()
