"""The content model: immutable records built from `content/*.yaml`.

Every record remembers where it came from (`Origin`), so an error or a later live
reload can point a teacher at the line to edit.

Records are `NamedTuple`s rather than frozen dataclasses: defining a dataclass generates
and compiles its methods, about 1 ms a class, and these are defined at every start-up
(measured with `python -m hvviz.bench`). `Content`, which keeps an index of its layers, is a
plain class. For the same reason this module does not postpone its annotations: a NamedTuple
turns each postponed one into a forward reference, compiled at start-up.
"""

from typing import Iterator, NamedTuple, Union

from hvviz.model.i18n import Text

HYPERVISOR_TYPES = ("type1", "type2", "debated")
LAYER_KINDS = ("hardware", "hypervisor", "host-os", "management", "guest", "app", "channel")
#: a layer's height, in layers
LAYER_HEIGHT_RANGE = (0.4, 3.0)


class Origin(NamedTuple):
    """A place in a content file; line and column count from 1 (0: the whole file)."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


class Source(NamedTuple):
    id: str
    title: str
    url: str
    primary: bool
    origin: Origin


class Analogy(NamedTuple):
    id: str
    from_post: Text
    caveat: Text
    better: Text
    sources: tuple[str, ...]
    origin: Origin


class Definition(NamedTuple):
    id: str
    vendor: Text
    text: Text
    remark: Text | None
    sources: tuple[str, ...]
    origin: Origin
    #: a short verbatim English quote of the vendor's definition, and the id of the source it is from
    quote: str | None = None
    quote_source: str | None = None


class Product(NamedTuple):
    id: str
    name: Text
    hypervisor_type: str
    summary: Text
    sources: tuple[str, ...]
    origin: Origin
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


class IoMethod(NamedTuple):
    id: str
    name: Text
    summary: Text
    origin: Origin


class IoStep(NamedTuple):
    layer: str
    label: Text
    crossing: str | None


class IoPath(NamedTuple):
    """How one product performs a guest's write with one I/O method, or why it cannot."""

    product: str
    method: str
    steps: tuple[IoStep, ...]
    not_applicable: Text | None
    answer: Text
    sources: tuple[str, ...]
    origin: Origin


class Crossing(NamedTuple):
    """A kind of boundary a request crosses, and its modelled cost in microseconds."""

    id: str
    name: Text
    cost: float
    min: float
    max: float
    illustrative: bool
    sources: tuple[str, ...]
    origin: Origin


class ParameterRange(NamedTuple):
    min: float
    max: float
    default: float


class Note(NamedTuple):
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
    origin: Origin


class Layer(NamedTuple):
    id: str
    kind: str
    label: Text
    detail: Text | None
    note: str
    roles: tuple[str, ...]
    origin: Origin
    height: float = 1.0


class Row(NamedTuple):
    """Blocks standing side by side, left to right."""

    blocks: tuple["Block", ...]


class Column(NamedTuple):
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


class Stack(NamedTuple):
    id: str
    title: Text
    aka: Text
    caption: Text
    root: Column
    origin: Origin

    def layers(self) -> tuple[Layer, ...]:
        return tuple(iter_layers(self.root))


class LessonStep(NamedTuple):
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
    origin: Origin


class Content:
    """All of the app's content, validated and cross-referenced; read-only once loaded."""

    stacks: tuple[Stack, ...]
    compare: tuple[str, ...]
    home: str
    notes: dict[str, Note]
    analogies: dict[str, Analogy]
    definitions: tuple[Definition, ...]
    products: dict[str, Product]
    sources: dict[str, Source]
    io_methods: dict[str, IoMethod]
    io_paths: dict[tuple[str, str], IoPath]
    crossings: dict[str, Crossing]
    scheduling: dict[str, ParameterRange]
    lesson: tuple[LessonStep, ...]

    def __init__(
        self,
        *,
        stacks: tuple[Stack, ...],
        compare: tuple[str, ...],
        home: str,
        notes: dict[str, Note],
        analogies: dict[str, Analogy],
        definitions: tuple[Definition, ...],
        products: dict[str, Product],
        sources: dict[str, Source],
        io_methods: dict[str, IoMethod] | None = None,
        io_paths: dict[tuple[str, str], IoPath] | None = None,
        crossings: dict[str, Crossing] | None = None,
        scheduling: dict[str, ParameterRange] | None = None,
        lesson: tuple[LessonStep, ...] = (),
    ):
        self.stacks = stacks
        self.compare = compare
        self.home = home
        self.notes = notes
        self.analogies = analogies
        self.definitions = definitions
        self.products = products
        self.sources = sources
        self.io_methods = io_methods or {}
        self.io_paths = io_paths or {}
        self.crossings = crossings or {}
        self.scheduling = scheduling or {}
        self.lesson = lesson
        self._layer_index = {layer.id: (stack, layer) for stack in stacks for layer in stack.layers()}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Content) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # holds dicts, as a dataclass of them would

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
        return self._layer_index[layer_id][1]

    def stack_of(self, layer_id: str) -> Stack:
        return self._layer_index[layer_id][0]

    def has_layer(self, layer_id: str) -> bool:
        return layer_id in self._layer_index

    def note_for(self, layer_id: str) -> Note:
        return self.notes[self.layer(layer_id).note]

    def counterparts(self, layer_id: str, stack_ids: tuple[str, ...]) -> tuple[str, ...]:
        """Layers with the same role in the other stacks among `stack_ids`."""
        own_stack, layer = self._layer_index[layer_id]
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
