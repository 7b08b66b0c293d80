"""The content of a pack: immutable records built from its YAML files, and an index by id.

Every record remembers where it came from (`origin`), so an error or a live reload can point
a teacher at the line to edit. Which collections there are is declared by the features
(`hvviz.core.schema`); each is an attribute (`content.notes`, `content.stacks`, …), empty when
the pack does not use the feature that reads it.
"""

from __future__ import annotations

from typing import Iterator


class Content:
    """All of a pack's content, validated and cross-referenced; read-only once loaded."""

    def __init__(self, pack, collections: dict[str, object], index: dict[str, dict[str, object]],
                 owners: dict[tuple[str, str], object]):
        self.pack = pack
        self.__dict__.update(collections)
        #: namespace → id → record, for every record with an id (layers inside stacks included)
        self._index = index
        #: (namespace, id) → the record that holds it in its file (a layer's stack)
        self._owners = owners

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Content) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # holds dicts

    # lookups by id -------------------------------------------------------------------
    def get(self, namespace: str, ident: str):
        """The record with this id (KeyError if there is none)."""
        return self._index.get(namespace, {})[ident]

    def has(self, namespace: str, ident: object) -> bool:
        return ident in self._index.get(namespace, {})

    def ids(self, namespace: str) -> tuple[str, ...]:
        return tuple(self._index.get(namespace, {}))

    def owner(self, namespace: str, ident: str):
        return self._owners[(namespace, ident)]

    # the lookups every pack has: it always uses the stacks and notes features -----------
    def stack(self, stack_id: str):
        return self.get("stack", stack_id)

    def layer(self, layer_id: str):
        return self.get("layer", layer_id)

    def has_layer(self, layer_id: object) -> bool:
        return self.has("layer", layer_id)

    def stack_of(self, layer_id: str):
        return self.owner("layer", layer_id)

    def note_for(self, layer_id: str):
        return self.get("note", self.layer(layer_id).note)

    def texts(self) -> Iterator[str]:
        """Every string the app can show from the content, in both languages."""
        from hvviz.core.schema import texts_of

        yield from texts_of(self.pack)
        for name, value in vars(self).items():
            if not name.startswith("_") and name != "pack":
                yield from texts_of(value)
