"""Parse YAML safely into plain values that remember their line and column.

`yaml.safe_load` forgets where each value stood. We run the same safe machinery one
step earlier: `compose` builds the node tree (no Python objects are constructed from
tags), and scalars are turned into values by the safe constructor. Mappings and
sequences become `LocatedMap` / `LocatedList`, which carry the marks of their keys and
items, so a validation error can name the exact line. Duplicate keys, which
`safe_load` silently overwrites, are reported.

Content is untrusted, so what one document may build is bounded: nesting deeper than
`MAX_DEPTH`, or more than `MAX_VALUES` values in all (an alias repeats what it names, so a
few lines of aliases can stand for billions of values), is refused with its place.
"""

from __future__ import annotations

from typing import NamedTuple

import yaml

try:  # the C loader where available, as fast as it is safe
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


#: how deep mappings and lists may nest (the shipped content needs 12)
MAX_DEPTH = 64
#: how many values one document may hold, aliases counted each time they are used
MAX_VALUES = 200_000


class Mark(NamedTuple):
    """A 1-based line and column (a tuple: there are thousands per file)."""

    line: int
    column: int


class LocatedMap(dict):
    """A YAML mapping: `mark` is where it starts; `key_marks` / `value_marks` per key."""

    mark: Mark
    key_marks: dict
    value_marks: dict

    def mark_of(self, key) -> Mark:
        return self.value_marks.get(key, self.mark)


class LocatedList(list):
    """A YAML sequence: `mark` is where it starts; `item_marks` per index."""

    mark: Mark
    item_marks: list


class YamlProblem(Exception):
    """A file that is not well-formed YAML, or that YAML cannot represent as plain data."""

    def __init__(self, message: str, mark: Mark, expected: str = ""):
        super().__init__(message)
        self.message = message
        self.mark = mark
        self.expected = expected


def _mark(node_mark) -> Mark:
    return Mark(node_mark.line + 1, node_mark.column + 1)


def parse_yaml(text: str):
    """Parse one YAML document into located plain values (None for an empty file)."""
    loader = _SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _convert(loader, node, 0, [MAX_VALUES])
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark else Mark(1, 1)
        problem = err.problem or err.context or "not valid YAML"
        if err.context and err.problem:
            problem = f"{err.problem} ({err.context})"
        raise YamlProblem(f"YAML syntax error: {problem}", where, "well-formed YAML") from None
    finally:
        loader.dispose()


_PLAIN_COLLECTION_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
_STR_TAG = "tag:yaml.org,2002:str"


def _convert(loader, node, depth: int, budget: list[int]):
    """The node as located plain values; `budget` holds how many values may still be made."""
    budget[0] -= 1
    if budget[0] < 0:
        raise YamlProblem(f"the file holds more than {MAX_VALUES:,} values (aliases counted each time they are used)",
                          _mark(node.start_mark), "a content file without repeated aliases")
    if depth > MAX_DEPTH:
        raise YamlProblem(f"values nest more than {MAX_DEPTH} deep", _mark(node.start_mark), "a flatter structure")
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _PLAIN_COLLECTION_TAGS:
        raise YamlProblem(f"cannot read this value: the tag {node.tag!r} is not allowed", _mark(node.start_mark), "plain text, a number or true/false")
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # resolve `<<` merge keys the same way safe_load does
        result = LocatedMap()
        result.mark = _mark(node.start_mark)
        result.key_marks = {}
        result.value_marks = {}
        for key_node, value_node in node.value:
            key = _convert(loader, key_node, depth + 1, budget)
            if isinstance(key, (dict, list)):
                raise YamlProblem("a mapping key must be a plain value", _mark(key_node.start_mark), "a name")
            if key in result:
                first = result.key_marks[key]
                raise YamlProblem(
                    f"duplicate key `{key}` (first given at line {first.line})",
                    _mark(key_node.start_mark),
                    "each key once per mapping",
                )
            result[key] = _convert(loader, value_node, depth + 1, budget)
            result.key_marks[key] = _mark(key_node.start_mark)
            result.value_marks[key] = _mark(value_node.start_mark)
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList()
        result.mark = _mark(node.start_mark)
        result.item_marks = []
        for item in node.value:
            result.append(_convert(loader, item, depth + 1, budget))
            result.item_marks.append(_mark(item.start_mark))
        return result
    if node.tag == _STR_TAG:  # most values: the text is the value, nothing to construct
        return node.value
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as err:
        raise YamlProblem(f"cannot read this value: {err.problem}", _mark(node.start_mark), "plain text, a number or true/false") from None
