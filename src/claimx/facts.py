"""Reference facts: legislatures (chamber sizes over time) and known election results.

Two sources share one Pydantic model, :class:`FactsFile`:

- the built-in reference data ``claimx/data/reference/legislatures.yaml`` (see
  ``claimx/data/README.md``, section "reference"), loaded by :func:`reference_data`;
- a user facts file given with ``--facts`` (YAML or JSON), loaded by :func:`load_facts`,
  whose ``legislatures`` extend/override the built-in ones and whose ``results``
  are known results that claims must not contradict.

Validation errors name the file and line: ``facts.yaml:12: results[0].seats: Input should be a valid integer``.
"""

from __future__ import annotations

import datetime as _dt
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class FactsError(Exception):
    """A facts file that cannot be read or does not validate; ``str(err)`` names file and line."""


class ChamberSize(BaseModel):
    """The size of a chamber for elections held in [since, until)."""

    model_config = ConfigDict(extra="forbid")

    seats: int = Field(gt=0, description="Number of seats (the usual/nominal size for that period).")
    also: list[int] = Field(default_factory=list, description="Other sizes that are correct for that period (overhang seats, seats filled later).")
    since: int | None = Field(None, description="First election year with this size (inclusive).")
    until: int | None = Field(None, description="First election year with a different size (exclusive).")

    def covers(self, year: int) -> bool:
        return (self.since is None or year >= self.since) and (self.until is None or year < self.until)

    def accepted(self) -> set[int]:
        return {self.seats, *self.also}


class Legislature(BaseModel):
    """A chamber: where it is, what it is called, how many seats it has had."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, description="Short stable id, e.g. ca-commons.")
    country: str = Field(description="Country (or sub-national unit, e.g. Quebec).")
    country_aliases: list[str] = Field(default_factory=list, description="Words whose presence in an article points to this country (names, demonyms, capitals).")
    chamber: str = Field(description="Official chamber name, e.g. House of Commons.")
    aliases: list[str] = Field(default_factory=list, description="Other names of the chamber as articles write them.")
    size: int | None = Field(None, gt=0, description="Shorthand for one size with since/until below.")
    since: int | None = None
    until: int | None = None
    sizes: list[ChamberSize] = Field(default_factory=list, description="Sizes over time (newest first).")

    @model_validator(mode="after")
    def _one_size_form(self) -> "Legislature":
        if self.size is not None:
            self.sizes = [ChamberSize(seats=self.size, since=self.since, until=self.until), *self.sizes]
        if not self.sizes:
            raise ValueError("give `size` or `sizes`")
        return self

    def key(self) -> str:
        return self.id or f"{self.country}/{self.chamber}".lower()

    def sizes_for(self, years: set[int] | None) -> list[ChamberSize]:
        """The size periods that cover any of ``years`` (all periods when no year is known)."""
        if not years:
            return list(self.sizes)
        hit = [s for s in self.sizes if any(s.covers(y) for y in years)]
        return hit or list(self.sizes)


class KnownResult(BaseModel):
    """One party's known seat count in one election."""

    model_config = ConfigDict(extra="forbid")

    country: str | None = None
    body: str = Field(description="Chamber, e.g. House of Commons.")
    year: int | None = None
    date: _dt.date | None = None
    party: str
    seats: int = Field(ge=0)
    status: str = Field("result", description="result (final) or projected.")
    source: str | None = None

    def election_year(self) -> int | None:
        return self.year or (self.date.year if self.date else None)


class FactsFile(BaseModel):
    """A facts file (``--facts``) and the built-in reference data share this shape."""

    model_config = ConfigDict(extra="forbid")

    legislatures: list[Legislature] = Field(default_factory=list)
    results: list[KnownResult] = Field(default_factory=list)


# ---------------------------------------------------------------- loading with line numbers


def _yaml_node_lines(text: str) -> Any:
    """Compose the YAML (or JSON) text into nodes so a validation error can be mapped to a line."""
    import yaml

    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None


def _line_of(node: Any, loc: tuple[Any, ...]) -> int | None:
    """1-based line of the node at ``loc`` (deepest node that exists)."""
    import yaml

    line = None
    cur = node
    for part in loc:
        if cur is None:
            break
        line = cur.start_mark.line + 1
        if isinstance(cur, yaml.MappingNode):
            nxt = None
            for k, v in cur.value:
                if str(k.value) == str(part):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            cur = nxt
        elif isinstance(cur, yaml.SequenceNode) and isinstance(part, int) and part < len(cur.value):
            cur = cur.value[part]
        else:
            cur = None
    if cur is not None:
        line = cur.start_mark.line + 1
    return line


def _fmt_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def parse_facts(text: str, name: str = "<facts>") -> FactsFile:
    """Parse and validate facts from YAML or JSON text (JSON when ``name`` ends with .json)."""
    import yaml

    from .io_jsonl import MAX_DEPTH, _bad_number, json_depth, loads_bounded

    if name.lower().endswith(".json"):
        try:
            data = loads_bounded(text)
        except json.JSONDecodeError as err:
            raise FactsError(f"{name}:{err.lineno}: not valid JSON: {err.msg} (column {err.colno})") from None
        except (ValueError, RecursionError) as err:
            raise FactsError(f"{name}: {err}") from None
    else:
        if json_depth(text) > MAX_DEPTH:  # flow-style YAML nests with the same brackets
            raise FactsError(f"{name}: nested deeper than {MAX_DEPTH} levels")
        _check_yaml_shape(text, name)  # block-style nesting, recursive aliases, alias bombs
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f":{mark.line + 1}" if mark is not None else ""
            problem = getattr(err, "problem", None) or str(err)
            raise FactsError(f"{name}{where}: not valid YAML: {problem}") from None
        except (ValueError, OverflowError, RecursionError) as err:
            # a date like 2025-13-45 or a number with thousands of digits: YAML's constructors raise these
            raise FactsError(f"{name}{_yaml_error_line(text, err)}: not a valid value: {err}") from None
        bad = _bad_number(data)
        if bad:
            raise FactsError(f"{name}: {bad}")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FactsError(f"{name}:1: expected a mapping with `legislatures` and/or `results`, got {type(data).__name__}")
    try:
        return FactsFile.model_validate(data)
    except ValidationError as err:
        nodes = _yaml_node_lines(text)
        msgs = []
        for e in err.errors():
            loc = tuple(p for p in e["loc"] if not (isinstance(p, str) and p.startswith("function-after")))
            line = _line_of(nodes, loc) if nodes is not None else None
            where = f"{name}:{line}" if line else name
            msg = e["msg"].removeprefix("Value error, ")
            msgs.append(f"{where}: {_fmt_loc(loc) or '(top)'}: {msg}")
        raise FactsError("\n".join(msgs[:10]) + (f"\n... and {len(msgs) - 10} more" if len(msgs) > 10 else "")) from None


# A facts file lists a few hundred results and chambers at most; YAML aliases (``*a``) can make a 1 KB file
# stand for billions of values (each alias repeats its anchor's whole subtree, nine aliases of nine aliases ...),
# and an alias inside its own anchor (``a: &a [*a]``) for an endless one.
MAX_FACTS_VALUES = 200_000


def _check_yaml_shape(text: str, name: str) -> None:
    """Refuse YAML whose values, once its aliases are expanded, nest deeper than ``MAX_DEPTH`` (a recursive alias
    nests forever) or number more than :data:`MAX_FACTS_VALUES`: checked on the composed node graph, before
    anything is built or walked (PyYAML builds a recursive alias as a list that contains itself)."""
    import yaml

    from .io_jsonl import MAX_DEPTH

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return  # parse_facts reports the syntax error with its line
    except RecursionError:  # block-style nesting thousands of levels deep (PyYAML's composer recurses)
        raise FactsError(f"{name}: nested deeper than {MAX_DEPTH} levels") from None
    if root is None:
        return
    values = 0
    # (node, depth): the nodes as construction would visit them, an alias's node once per alias
    todo = [(root, 1)]
    while todo:
        node, depth = todo.pop()
        values += 1
        line = node.start_mark.line + 1
        if depth > MAX_DEPTH:
            raise FactsError(f"{name}:{line}: nested deeper than {MAX_DEPTH} levels (an alias inside its own anchor?)")
        if values > MAX_FACTS_VALUES:
            raise FactsError(f"{name}:{line}: more than {MAX_FACTS_VALUES:,} values once its aliases are expanded")
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                todo.append((key, depth + 1))
                todo.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            todo.extend((item, depth + 1) for item in node.value)


def _yaml_error_line(text: str, err: Exception) -> str:
    """``:LINE`` of the first scalar YAML cannot construct (the constructors raise without a mark)."""
    import yaml

    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken) and not token.style:
                try:
                    yaml.safe_load(token.value)
                except (ValueError, OverflowError):
                    return f":{token.start_mark.line + 1}"
    except yaml.YAMLError:
        pass
    return ""


# A facts file is a few KB; reading stops past this size (``--facts /dev/zero`` would read forever).
MAX_FACTS_BYTES = 16_000_000


def load_facts(path: str | Path) -> FactsFile:
    """Read a facts file (YAML, or JSON by extension). Raises :class:`FactsError` with file:line.

    Decoded as articles are (:func:`claimx.reader.decode_text`: a UTF-8/16/32 byte-order mark, else UTF-8, a
    bad byte named by its offset); a pipe (``--facts <(...)``) is read too, but never more than
    :data:`MAX_FACTS_BYTES`."""
    from .reader import InputError, decode_text

    p = Path(path)
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_FACTS_BYTES + 1)
    except OSError as err:
        raise FactsError(f"{p}: cannot read: {err.strerror or err}") from None
    if len(data) > MAX_FACTS_BYTES:
        raise FactsError(f"{p}: more than {MAX_FACTS_BYTES:,} bytes: not a facts file")
    try:
        text = decode_text(data)
    except InputError as err:
        raise FactsError(f"{p}: {err}") from None
    return parse_facts(text, str(p))


@lru_cache(maxsize=1)
def reference_data() -> FactsFile:
    """The built-in legislatures (``claimx/data/reference/legislatures.yaml``)."""
    ref = resources.files("claimx") / "data" / "reference" / "legislatures.yaml"
    return parse_facts(ref.read_text(encoding="utf-8"), "claimx/data/reference/legislatures.yaml")
