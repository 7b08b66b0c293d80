"""Places in the material, as `hvviz://` addresses: a layer, a stack, an I/O step, a reader section,
a glossary entry. Links in the notes, the reader, the glossary, search results and the quiz's
"show me" are such addresses; the shell hands each to the feature that declared its kind (`opens`).
Qt-free.

    hvviz://layer/xen-dom0        hvviz://io/kvm/virtio/2       hvviz://reader/types
"""

from __future__ import annotations

from urllib.parse import quote, unquote

SCHEME = "hvviz"


def address(kind: str, *parts: object) -> str:
    """The address of a place: its kind, then its parts (ids, an index)."""
    return f"{SCHEME}://" + "/".join(quote(str(part), safe="-_.") for part in (kind, *parts))


def parse(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(kind, parts) of an `hvviz://` address; None for any other text (a web link)."""
    prefix = f"{SCHEME}://"
    if not text.startswith(prefix):
        return None
    pieces = [unquote(piece) for piece in text[len(prefix):].strip("/").split("/")]
    if not pieces or not pieces[0]:
        return None
    return pieces[0], tuple(pieces[1:])


def is_web(text: str) -> bool:
    """A link that would go to the network when opened (only ever by the user's click)."""
    return text.startswith(("http://", "https://"))
