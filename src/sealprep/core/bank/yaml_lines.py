"""YAML loading that remembers line numbers, so a bad value can be reported as ``path:line``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from sealprep.core.bank.model import cut


class LineDict(dict[Any, Any]):
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence from YAML that knows its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


# libyaml's C parser when PyYAML was built with it (about 10x faster on a 10,000-file bank).
if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 32
"""Deepest nesting of mappings and lists accepted (the framework needs 9 levels)."""

_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_MAPPING = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
_SEQUENCE = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG


class _LineLoader(_BaseLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _construct_raw(loader: _LineLoader, node: yaml.ScalarNode) -> str:
    return str(node.value)


def _lenient(construct: Any) -> Any:
    """A number constructor that keeps the text when the number cannot be built (then a check
    reports it as 'not a number' with its line instead of a traceback)."""

    def build(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, OverflowError):
            return str(node.value)

    return build


_LineLoader.add_constructor(_MAPPING, _construct_mapping)
_LineLoader.add_constructor(_SEQUENCE, _construct_sequence)
# Our format has no dates: a date-like value stays the text it was written as.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_raw)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _lenient(yaml.constructor.SafeConstructor.construct_yaml_int))
_LineLoader.add_constructor("tag:yaml.org,2002:float", _lenient(yaml.constructor.SafeConstructor.construct_yaml_float))


class YamlSyntaxError(ValueError):
    """YAML that does not parse, or uses what our format refuses; ``line`` is 1-based, relative
    to the text given."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _check_scalar(loader: Any, node: yaml.Node, what: str) -> None:
    if not isinstance(node, yaml.ScalarNode):
        raise YamlSyntaxError(f"{what} must be a plain word or text, not a list or mapping", _line(node))
    if node.tag == _STR:
        return
    if node.tag == _MERGE:
        raise YamlSyntaxError("merge keys ('<<') are not allowed", _line(node))
    plain = node.style in (None, "")
    if not plain or node.tag != loader.resolve(yaml.ScalarNode, node.value, (True, False)):
        raise YamlSyntaxError(
            "YAML tags ('!!int', '!!float', ...) are not allowed: write the value plainly", _line(node)
        )


def _check_tree(loader: Any, root: yaml.Node) -> None:
    """Refuse what our format never needs and what makes loading explode: aliases (a few lines
    can expand to gigabytes), explicit tags, complex keys and deep nesting."""
    seen: set[int] = set()
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            raise YamlSyntaxError(
                "anchors and aliases ('&name', '*name') are not allowed: write the value out", _line(node)
            )
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            _check_scalar(loader, node, "a value")
            continue
        if depth > MAX_DEPTH:
            raise YamlSyntaxError(f"nested more than {MAX_DEPTH} levels deep", _line(node))
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAPPING:
                raise YamlSyntaxError("YAML tags ('!!set', '!!omap', ...) are not allowed", _line(node))
            for key, value in node.value:
                _check_scalar(loader, key, "a key")
                seen.add(id(key))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQUENCE:
                raise YamlSyntaxError("YAML tags ('!!set', '!!omap', ...) are not allowed", _line(node))
            stack.extend((child, depth + 1) for child in node.value)


def load_yaml(text: str) -> Any:
    """Parse YAML; mappings come back as LineDict and sequences as LineList.

    Only what the bank format uses is accepted: plain values, quoted text, lists and mappings
    with word keys. Anything else is a YamlSyntaxError with the line where it starts.
    """
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_tree(loader, node)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        reason = exc.problem or str(exc)
        raise YamlSyntaxError(f"YAML does not parse: {cut(reason)}", line) from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"YAML does not parse: {cut(str(exc))}", 1) from exc
    finally:
        loader.dispose()


def dump_flow(value: Any) -> str:
    """One YAML value written on one line (a scalar, or a list in [flow] style), quoted only if needed."""
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000).strip()
    if text.endswith("\n..."):
        text = text[: -len("\n...")]
    return text.strip()
