"""The content model: frozen dataclasses built from `content/*.yaml`.

Every record remembers where it came from (`Origin`), so an error or a later live
reload can point a teacher at the line to edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union

from hvviz.model.i18n import Text

HYPERVISOR_TYPES = ("type1", "type2", "debated")
LAYER_KINDS = ("hardware", "hypervisor", "host-os", "management", "guest", "app", "channel")
#: a layer's height, in layers
LAYER_HEIGHT_RANGE = (0.4, 3.0)


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
    #: its own stack, if it has one; the generic stacks drawn beside it; its I/O methods
    stack: str | None = None
    compare_with: tuple[str, ...] = ()
    io_methods: tuple[str, ...] = ()

    def shown_stacks(self) -> tuple[str, ...]:
        """The stacks of its tab: its own between (or after) the generic ones it is compared with."""
        if self.stack is None:
            return ()
        generic = self.compare_with
        if len(generic) >= 2:
            return (generic[0], self.stack, *generic[1:])
        return (*generic, self.stack)


@dataclass(frozen=True)
class IoMethod:
    id: str
    name: Text
    summary: Text
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class IoStep:
    layer: str
    label: Text
    crossing: str | None


@dataclass(frozen=True)
class IoPath:
    """How one product performs a guest's write with one I/O method, or why it cannot."""

    product: str
    method: str
    steps: tuple[IoStep, ...]
    not_applicable: Text | None
    answer: Text
    sources: tuple[str, ...]
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class Crossing:
    """A kind of boundary a request crosses, and its modelled cost in microseconds."""

    id: str
    name: Text
    cost: float
    min: float
    max: float
    illustrative: bool
    sources: tuple[str, ...]
    origin: Origin = field(compare=False)


@dataclass(frozen=True)
class ParameterRange:
    min: float
    max: float
    default: float


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
    roles: tuple[str, ...]
    origin: Origin = field(compare=False)
    height: float = 1.0


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
class LessonStep:
    """One step of the lecture: what is on screen, what is said."""

    id: str
    title: Text
    stacks: tuple[str, ...]
    #: the layers drawn; None: every layer of the stacks
    reveal: tuple[str, ...] | None
    select: str | None
    io: str | None
    caption: Text
    notes: Text
    origin: Origin = field(compare=False)


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
    io_methods: dict[str, IoMethod] = field(default_factory=dict)
    io_paths: dict[tuple[str, str], IoPath] = field(default_factory=dict)
    crossings: dict[str, Crossing] = field(default_factory=dict)
    scheduling: dict[str, ParameterRange] = field(default_factory=dict)
    lesson: tuple[LessonStep, ...] = ()

    def product_tabs(self) -> tuple[Product, ...]:
        """Products drawn as stacks of their own, in file order."""
        return tuple(p for p in self.products.values() if p.stack is not None)

    def product_for_stack(self, stack_id: str) -> Product | None:
        for product in self.products.values():
            if product.stack == stack_id:
                return product
        return None

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
        if not layer.roles:
            return ()
        roles = set(layer.roles)
        return tuple(
            other.id
            for stack in self.stacks
            if stack.id in stack_ids and stack.id != own_stack.id
            for other in stack.layers()
            if roles.intersection(other.roles)
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
        for method in self.io_methods.values():
            yield from both(method.name)
            yield from both(method.summary)
        for path in self.io_paths.values():
            yield from both(path.answer)
            yield from both(path.not_applicable)
            for step in path.steps:
                yield from both(step.label)
        for crossing in self.crossings.values():
            yield from both(crossing.name)
        for step in self.lesson:
            for text in (step.title, step.caption, step.notes):
                yield from both(text)
