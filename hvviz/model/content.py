"""The content model: frozen dataclasses built from `content/*.yaml`.

Every record remembers where it came from (`Origin`), so an error or a later live
reload can point a teacher at the line to edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union

from hvviz.model.i18n import Text

HYPERVISOR_TYPES = ("type1", "type2", "debated")
LAYER_KINDS = ("hardware", "hypervisor", "host-os", "guest", "app")


@dataclass(frozen=True)
class Origin:
    """A place in a content file; line and column count from 1 (0: the whole file)."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str
    primary: bool
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class Analogy:
    id: str
    from_post: Text
    caveat: Text
    better: Text
    sources: tuple[str, ...]
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class Definition:
    id: str
    vendor: Text
    text: Text
    remark: Text | None
    sources: tuple[str, ...]
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class Product:
    id: str
    name: Text
    hypervisor_type: str
    summary: Text
    sources: tuple[str, ...]
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class Note:
    id: str
    title: Text
    summary: Text
    what: Text
    plain: Text
    correction: Text | None
    analogies: tuple[str, ...]
    products: tuple[str, ...]
    definitions: bool
    sources: tuple[str, ...]
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class Layer:
    id: str
    kind: str
    label: Text
    detail: Text | None
    note: str
    role: str | None
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class Row:
    """Blocks standing side by side, left to right."""

    blocks: tuple["Block", ...]


@dataclass(frozen=True)
class Column:
    """Blocks stacked from the bottom up."""

    blocks: tuple["Block", ...]


Block = Union[Layer, Row, Column]


def iter_layers(block: Block) -> Iterator[Layer]:
    """Layers of a block, bottom to top and left to right."""
    if isinstance(block, Layer):
        yield block
    else:
        for child in block.blocks:
            yield from iter_layers(child)


@dataclass(frozen=True)
class Stack:
    id: str
    title: Text
    aka: Text
    caption: Text
    root: Column
    origin: Origin = field(compare=False)

    def layers(self) -> tuple[Layer, ...]:
        return tuple(iter_layers(self.root))


@dataclass(frozen=True)
class Content:
    """All of the app's content, validated and cross-referenced."""

    stacks: tuple[Stack, ...]
    compare: tuple[str, ...]
    home: str
    notes: dict[str, Note]
    analogies: dict[str, Analogy]
    definitions: tuple[Definition, ...]
    products: dict[str, Product]
    sources: dict[str, Source]

    def stack(self, stack_id: str) -> Stack:
        for stack in self.stacks:
            if stack.id == stack_id:
                return stack
        raise KeyError(stack_id)

    def layer(self, layer_id: str) -> Layer:
        return self._layers()[layer_id][1]

    def stack_of(self, layer_id: str) -> Stack:
        return self._layers()[layer_id][0]

    def has_layer(self, layer_id: str) -> bool:
        return layer_id in self._layers()

    def note_for(self, layer_id: str) -> Note:
        return self.notes[self.layer(layer_id).note]

    def counterparts(self, layer_id: str, stack_ids: tuple[str, ...]) -> tuple[str, ...]:
        """Layers with the same role in the other stacks among `stack_ids`."""
        own_stack, layer = self._layers()[layer_id]
        if layer.role is None:
            return ()
        return tuple(
            other.id
            for stack in self.stacks
            if stack.id in stack_ids and stack.id != own_stack.id
            for other in stack.layers()
            if other.role == layer.role
        )

    def _layers(self) -> dict[str, tuple[Stack, Layer]]:
        cache = self.__dict__.get("_layer_index")
        if cache is None:
            cache = {layer.id: (stack, layer) for stack in self.stacks for layer in stack.layers()}
            object.__setattr__(self, "_layer_index", cache)
        return cache

    def texts(self) -> Iterator[str]:
        """Every string the app can show from content, in both languages."""

        def both(text: Text | None) -> Iterator[str]:
            if text is not None:
                yield from text.both()

        for stack in self.stacks:
            for text in (stack.title, stack.aka, stack.caption):
                yield from both(text)
            for layer in stack.layers():
                yield from both(layer.label)
                yield from both(layer.detail)
        for note in self.notes.values():
            for text in (note.title, note.summary, note.what, note.plain, note.correction):
                yield from both(text)
        for analogy in self.analogies.values():
            for text in (analogy.from_post, analogy.caveat, analogy.better):
                yield from both(text)
        for definition in self.definitions:
            for text in (definition.vendor, definition.text, definition.remark):
                yield from both(text)
        for product in self.products.values():
            yield from both(product.name)
            yield from both(product.summary)
        for source in self.sources.values():
            yield source.title
            yield source.url
