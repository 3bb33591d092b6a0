"""Read and validate ``edition.yaml`` into typed settings, with errors naming file, line and column."""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from variorum.clean.settings import CleanSettings, ReviewSettings
from variorum.collate.settings import CollateSettings
from variorum.errors import InputError
from variorum.render.settings import RenderSettings

CONFIG_NAME = "edition.yaml"
FORMATS = ("markdown", "text")


@dataclass(frozen=True)
class EditionMeta:
    """Bibliographic description of the edition."""

    #: the edition's title, on the title page and in every output's metadata
    title: str
    #: the text's authors, in order
    authors: list[str] = field(default_factory=list)
    #: who made the edition
    editor: str = ""
    #: BCP 47 language tag of the text (hyphenation, lexicon, HTML lang)
    language: str = "en"
    #: the licence of the edition, shown on the title page
    licence: str = ""
    #: the date of the text or of the edition, as text ("2021", "1818-01-01")
    date: str = ""
    #: a subtitle under the title
    subtitle: str = ""


@dataclass(frozen=True)
class WitnessConfig:
    """One witness: its siglum, its file under ``source/`` and how to read and clean it."""

    #: short name of the witness, no spaces or commas: A, B2, 1818, Thomas
    siglum: str
    #: the raw witness file, relative to edition.yaml (never modified)
    file: str
    #: 'text' for raw OCR, 'markdown' for a witness already in Pandoc Markdown
    format: Literal["markdown", "text"] = "text"
    #: what the witness is, shown in the edition's list of witnesses
    description: str = ""
    #: when the witness was made or printed
    date: str = ""
    #: how the file is encoded; anything but utf-8 is decoded with a warning
    encoding: Literal["utf-8", "cp1252", "latin-1"] = "utf-8"
    #: this witness's own cleanup settings, overriding the global 'clean' section key by key
    clean: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Edition:
    """The whole validated configuration, with paths resolved against its folder."""

    path: Path
    edition: EditionMeta
    witnesses: tuple[WitnessConfig, ...]
    base: str | None
    clean: CleanSettings
    collate: CollateSettings
    render: RenderSettings
    review: ReviewSettings

    @property
    def root(self) -> Path:
        return self.path.parent

    @property
    def sigla(self) -> tuple[str, ...]:
        return tuple(w.siglum for w in self.witnesses)

    def witness(self, siglum: str) -> WitnessConfig:
        for w in self.witnesses:
            if w.siglum == siglum:
                return w
        raise KeyError(siglum)

    def source_path(self, witness: WitnessConfig) -> Path:
        return self.root / witness.file

    def clean_settings_for(self, witness: WitnessConfig) -> CleanSettings:
        """The global ``clean`` section overlaid with the witness's own ``clean`` settings."""
        merged = _deep_merge(_settings_dict(self.clean), witness.clean)
        return build_settings(CleanSettings, merged)


# --------------------------------------------------------------------------- loading

def load(path: str | Path) -> Edition:
    """Load and validate an ``edition.yaml``; raise :class:`InputError` naming the place."""
    p = Path(path)
    node = _parse(p)
    return _validate(p, node)


def load_roundtrip(path: str | Path) -> tuple[YAML, Any]:
    """The raw round-trip document, for tools that edit ``edition.yaml`` keeping comments."""
    yaml = _yaml()
    p = Path(path)
    return yaml, _parse(p, yaml)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100
    return yaml


def _parse(p: Path, yaml: YAML | None = None) -> Any:
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file (start an edition with 'variorum init DIR')", file=str(p)) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 at byte offset {exc.start}", file=str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(p)) from None
    try:
        return (yaml or _yaml()).load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        raise InputError(f"not valid YAML: {exc.problem or exc.context}", file=str(p), line=line,
                         column=col) from None
    except Exception as exc:  # ruamel raises a few unmarked errors (duplicate keys, ...)
        raise InputError(f"not valid YAML: {exc}", file=str(p)) from None


class _Checker:
    """Walks the YAML nodes, knowing where each came from."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, message: str, where: tuple[int, int] | None) -> typing.NoReturn:
        line, col = (where[0] + 1, where[1] + 1) if where else (None, None)
        raise InputError(message, file=str(self.path), line=line, column=col)

    @staticmethod
    def key_pos(node: Any, key: Any) -> tuple[int, int] | None:
        if isinstance(node, CommentedMap):
            try:
                return tuple(node.lc.key(key))  # type: ignore[return-value]
            except (KeyError, TypeError):
                pass
            return (node.lc.line, node.lc.col)
        return None

    @staticmethod
    def value_pos(node: Any, key: Any) -> tuple[int, int] | None:
        if isinstance(node, CommentedMap):
            try:
                return tuple(node.lc.value(key))  # type: ignore[return-value]
            except (KeyError, TypeError):
                pass
            return (node.lc.line, node.lc.col)
        if isinstance(node, CommentedSeq):
            try:
                return tuple(node.lc.item(key))  # type: ignore[return-value]
            except (KeyError, TypeError, IndexError):
                pass
            return (node.lc.line, node.lc.col)
        return None

    def mapping(self, node: Any, what: str, where: tuple[int, int] | None) -> CommentedMap:
        if node is None:
            return CommentedMap()
        if not isinstance(node, dict):
            self.fail(f"{what} must be a mapping (key: value lines), not {_type_name(node)}", where)
        return node  # type: ignore[return-value]

    def check_dataclass(self, cls: type, node: Any, what: str, where: tuple[int, int] | None,
                        partial: bool = False) -> dict[str, Any]:
        """Check ``node`` against the fields of ``cls``; return a plain dict of the values."""
        node = self.mapping(node, what, where)
        hints = typing.get_type_hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        out: dict[str, Any] = {}
        for key in node:
            if key not in fields:
                close = difflib.get_close_matches(str(key), list(fields), n=1, cutoff=0.6)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                known = ", ".join(fields)
                self.fail(f"unknown key '{key}' in {what}{hint}; known keys: {known}",
                          self.key_pos(node, key))
            out[key] = self.check_value(hints[key], node[key], f"{what}.{key}",
                                        self.value_pos(node, key), partial)
        if not partial:
            for name, f in fields.items():
                required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                if required and name not in out:
                    self.fail(f"missing key '{name}' in {what}", where)
        return out

    def check_value(self, hint: Any, value: Any, what: str, where: tuple[int, int] | None,
                    partial: bool) -> Any:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            if value is None and type(None) in args:
                return None
            options = [a for a in args if a is not type(None)]
            errors = []
            for option in options:
                try:
                    return self.check_value(option, value, what, where, partial)
                except InputError as exc:
                    errors.append(exc)
            raise errors[0]
        if origin is Literal:
            if value not in args:
                choices = ", ".join(repr(a) for a in args)
                self.fail(f"{what} must be one of {choices}, not {value!r}", where)
            return value
        if dataclasses.is_dataclass(hint):
            return self.check_dataclass(hint, value, what, where, partial)
        if origin is list or hint is list:
            if not isinstance(value, list):
                self.fail(f"{what} must be a list, not {_type_name(value)}", where)
            item = args[0] if args else Any
            return [self.check_value(item, v, f"{what}[{i}]", self.value_pos(value, i), partial)
                    for i, v in enumerate(value)]
        if origin is dict or hint is dict:
            if not isinstance(value, dict):
                self.fail(f"{what} must be a mapping, not {_type_name(value)}", where)
            vt = args[1] if len(args) == 2 else Any
            return {str(k): self.check_value(vt, v, f"{what}.{k}", self.value_pos(value, k), partial)
                    for k, v in value.items()}
        if hint is Any:
            return _plain(value)
        if hint is bool:
            if not isinstance(value, bool):
                self.fail(f"{what} must be true or false, not {value!r}", where)
            return value
        if hint is int:
            if isinstance(value, bool) or not isinstance(value, int):
                self.fail(f"{what} must be a whole number, not {value!r}", where)
            return int(value)
        if hint is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                self.fail(f"{what} must be a number, not {value!r}", where)
            return float(value)
        if hint is str:
            # YAML reads 2021 as a number and 2021-04-18 as a date; both are fine as text
            if isinstance(value, (dict, list)) or value is None or isinstance(value, bool):
                self.fail(f"{what} must be text, not {_type_name(value)}", where)
            return str(value)
        raise TypeError(f"unsupported settings type {hint!r} for {what}")


def _validate(p: Path, root: Any) -> Edition:
    c = _Checker(p)
    if root is None:
        c.fail("the file is empty; it needs at least 'edition' and 'witnesses'", (0, 0))
    top = c.check_dataclass(_TopLevel, root, "the top level", (0, 0))
    meta = build_settings(EditionMeta, top["edition"])

    seen: dict[str, int] = {}
    witnesses = []
    for i, w in enumerate(top["witnesses"]):
        wnode = root["witnesses"][i]
        siglum = w["siglum"]
        if not siglum or any(ch.isspace() for ch in siglum) or "," in siglum:
            c.fail(f"siglum {siglum!r} must be a short string without spaces or commas",
                   c.value_pos(wnode, "siglum"))
        if siglum in seen:
            c.fail(f"duplicate siglum '{siglum}' (already used by witness {seen[siglum] + 1})",
                   c.value_pos(wnode, "siglum"))
        seen[siglum] = i
        # the witness's own clean settings are checked against the same options as the global ones
        if "clean" in w:
            c.check_dataclass(CleanSettings, wnode["clean"], f"witnesses[{i}].clean",
                              c.value_pos(wnode, "clean"), partial=True)
        source = p.parent / w["file"]
        if source.exists() and not source.is_file():
            c.fail(f"witness '{siglum}': file '{w['file']}' cannot be read (it is a directory)",
                   c.value_pos(wnode, "file"))
        if not source.is_file():
            c.fail(f"witness '{siglum}': file '{w['file']}' not found (looked for {source})",
                   c.value_pos(wnode, "file"))
        try:
            with open(source, "rb") as handle:
                handle.read(1)
        except OSError as exc:
            c.fail(f"witness '{siglum}': file '{w['file']}' cannot be read ({exc.strerror})",
                   c.value_pos(wnode, "file"))
        witnesses.append(build_settings(WitnessConfig, w))
    if not witnesses:
        c.fail("'witnesses' must list at least one witness", c.value_pos(root, "witnesses"))

    base = top.get("base")
    if base is not None and base not in seen:
        known = ", ".join(seen)
        close = difflib.get_close_matches(base, list(seen), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        c.fail(f"base '{base}' is not a witness{hint}; the sigla are: {known}", c.value_pos(root, "base"))

    return Edition(
        path=p,
        edition=meta,
        witnesses=tuple(witnesses),
        base=base,
        clean=build_settings(CleanSettings, _in_language(top.get("clean", {}), meta.language)),
        collate=build_settings(CollateSettings, _in_language(top.get("collate", {}), meta.language)),
        render=build_settings(RenderSettings, top.get("render", {})),
        review=build_settings(ReviewSettings, top.get("review", {})),
    )


def _in_language(section: dict[str, Any], language: str) -> dict[str, Any]:
    """A stage's settings in the edition's language (its primary subtag: 'en' of 'en-GB')
    unless the stage names its own.

    An editor says once what language the text is in; a French witness cleaned with the
    English lexicon has its unknown words "repaired" into English ones ('mâts' -> 'mats').
    The stages name a language as wordfreq does: their English rules ask for 'en', and
    'en-GB' would be taken for another language than English.
    """
    primary = language.replace("_", "-").split("-")[0].lower() or "en"
    return section if "language" in section else {**section, "language": primary}


@dataclass(frozen=True)
class _TopLevel:
    edition: EditionMeta
    witnesses: list[WitnessConfig]
    base: str | None = None
    clean: CleanSettings = field(default_factory=CleanSettings)
    collate: CollateSettings = field(default_factory=CollateSettings)
    render: RenderSettings = field(default_factory=RenderSettings)
    review: ReviewSettings = field(default_factory=ReviewSettings)


# --------------------------------------------------------------------------- helpers

def build_settings(cls: type, values: dict[str, Any]) -> Any:
    """Instantiate a settings dataclass from already-checked values, nested ones included."""
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name not in values:
            continue
        hint = hints[f.name]
        value = values[f.name]
        if dataclasses.is_dataclass(hint) and isinstance(value, dict):
            value = build_settings(hint, value)
        elif typing.get_origin(hint) is list and typing.get_args(hint) and \
                dataclasses.is_dataclass(typing.get_args(hint)[0]):
            value = [build_settings(typing.get_args(hint)[0], v) for v in value]
        kwargs[f.name] = value
    return cls(**kwargs)


def settings_from_mapping(cls: type, mapping: dict[str, Any] | None, what: str = "settings") -> Any:
    """Check and build a settings dataclass from a plain mapping (for the CLI and tests)."""
    checked = _Checker(Path("<settings>")).check_dataclass(cls, mapping or {}, what, None)
    return build_settings(cls, checked)


def _settings_dict(obj: Any) -> dict[str, Any]:
    return dataclasses.asdict(obj)


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "a true/false value"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"the text {str(value)!r}"


# --------------------------------------------------------------------------- reference

def reference_markdown() -> str:
    """The settings reference of every edition.yaml section, read from the dataclasses."""
    sections = [
        ("edition", EditionMeta), ("witnesses[]", WitnessConfig), ("clean", CleanSettings),
        ("collate", CollateSettings), ("render", RenderSettings), ("review", ReviewSettings),
    ]
    out = ["# edition.yaml settings", "",
           "Generated from the code by `variorum check --reference`; do not edit by hand.", ""]
    for name, cls in sections:
        out += _reference_section(name, cls)
    out += _filters_section()
    return "\n".join(out).rstrip() + "\n"


def _filters_section() -> list[str]:
    """The cleanup filters in chain order, each with its rules and what it repairs and never
    touches (its docstring): the names ``clean.disable`` and the review's rule lists take."""
    import inspect
    import sys

    from variorum.clean import chain

    out = ["## Cleanup filters and their rules", "",
           "The cleanup runs these filters in this order. `clean.disable` takes a filter's name; "
           "`review.accept_rules` and `review.reject_rules` take the rules its emendations carry.", ""]
    for spec in chain.registry():
        module = sys.modules[spec.run.__module__]
        out += [f"### `{spec.id}`", "", "Rules: " + ", ".join(f"`{r}`" for r in module.RULES) + ".", "",
                inspect.getdoc(spec.run) or "", ""]
    return out


def _reference_section(name: str, cls: type) -> list[str]:
    import inspect

    doc = inspect.getdoc(cls) or ""
    comments = _field_comments(cls)
    hints = typing.get_type_hints(cls)
    lines = [f"## `{name}`", "", doc.split("\n\n")[0], "", "| key | type | default | meaning |",
             "| --- | --- | --- | --- |"]
    nested = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if f.default is not dataclasses.MISSING:
            default = repr(f.default)
        elif f.default_factory is not dataclasses.MISSING:
            default = repr(f.default_factory())
        else:
            default = "required"
        if dataclasses.is_dataclass(hint):
            nested.append((f"{name}.{f.name}", hint))
            default = "see below"
        meaning = comments.get(f.name, "").replace("|", "\\|")
        lines.append(f"| `{f.name}` | `{_hint_name(hint)}` | `{default}` | {meaning} |")
    lines.append("")
    for sub_name, sub in nested:
        lines += _reference_section(sub_name, sub)
    return lines


def _field_comments(cls: type) -> dict[str, str]:
    """The ``#:`` comments written above each field, which say what the setting means."""
    import inspect
    import re

    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return {}
    comments: dict[str, str] = {}
    pending: list[str] = []
    for raw in source.splitlines():
        line = raw.strip()
        if line.startswith("#:"):
            pending.append(line[2:].strip())
            continue
        match = re.match(r"(\w+)\s*:", line)
        if match and pending:
            comments[match.group(1)] = " ".join(pending)
        if not line.startswith("#"):
            pending = []
    return comments


def _hint_name(hint: Any) -> str:
    text = str(hint) if typing.get_origin(hint) else getattr(hint, "__name__", str(hint))
    return text.replace("typing.", "").replace("variorum.", "")
