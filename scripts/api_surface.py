"""The public Python surface of the SDK and what changed in it between two trees.

griffe (static analysis, nothing is imported) loads both trees and its
`find_breaking_changes` finds removed objects and parameter breakages. It does not compare
annotations or attribute values, and it cannot see the constructor that attrs synthesises for
a generated model, so this module adds: a model field that became required, a field or
attribute whose type changed, an enum value removed or changed, a return type that widened,
a parameter whose type narrowed; and the additions (griffe reports breakages only).

Objects are keyed by their *public* path, the shortest one a user can import them by
(`close_api_client.models.Lead`, not `close_api_client.models.lead.Lead`; `custom.create_client`,
not `custom._client.create_client`), so a move between private modules is not a change.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe

PACKAGES = ("close_api_client", "custom")
ENUM_BASES = ("OpenStrEnum", "OpenIntEnum", "StrEnum", "IntEnum", "Enum")
MODEL_DECORATORS = ("_attrs_define", "define", "attrs.define", "attr.s")
# `asyncio`/`asyncio_detailed` of a removed operation are reported as the operation.
OPERATIONS_PREFIX = "close_api_client.api."


@dataclass(frozen=True, order=True)
class Change:
    """One line of the report: `path` as a user imports it, `what` happened to it."""

    breaking: bool
    path: str
    what: str


@dataclass
class Surface:
    """Public path -> object, and canonical path -> public path, for one tree."""

    objects: dict[str, griffe.Object]
    public_of: dict[str, str]

    def public_path(self, canonical: str) -> str:
        """The public spelling of a canonical path (or of the nearest public parent)."""
        head, tail = canonical, ""
        while head:
            if head in self.public_of:
                return self.public_of[head] + tail
            head, _, last = head.rpartition(".")
            tail = f".{last}{tail}"
        return canonical


def extract_ref(repo: Path, ref: str, target: Path, packages: tuple[str, ...]) -> None:
    """Write the packages as they are at `ref` under `target` (missing ones are skipped)."""
    listed = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", ref],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    present = [name for name in packages if name in listed]
    if not present:
        return
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", "--format=tar", ref, *present],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")


def load_tree(root: Path, packages: tuple[str, ...]) -> dict[str, griffe.Module]:
    """Load the packages found under `root` into one collection (aliases across them resolve)."""
    loader = griffe.GriffeLoader(search_paths=[str(root)])
    loaded = {}
    for name in packages:
        if (root / name).is_dir():
            loaded[name] = loader.load(root / name, find_stubs_package=False)  # type: ignore[assignment]
    return loaded  # type: ignore[return-value]


def _target(member: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if not member.is_alias:
        return member  # type: ignore[return-value]
    try:
        return member.final_target  # type: ignore[union-attr,return-value]
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None  # an import from outside the loaded packages (httpx, attrs...)


def surface(modules: dict[str, griffe.Module]) -> Surface:
    """Breadth-first over public members, so each object gets its shortest public path."""
    objects: dict[str, griffe.Object] = {}
    public_of: dict[str, str] = {}
    queue: deque[tuple[str, griffe.Object]] = deque()
    for name, module in modules.items():
        objects[name], public_of[module.path] = module, name
        queue.append((name, module))
    while queue:
        path, obj = queue.popleft()
        if not (obj.is_module or obj.is_class):
            continue
        for name, member in obj.members.items():
            target = _target(member) if member.is_public else None
            if target is None or target.path in public_of:
                continue
            key = f"{path}.{name}"
            objects[key], public_of[target.path] = target, key
            queue.append((key, target))
    return Surface(objects, public_of)


def is_model(obj: griffe.Object) -> bool:
    return obj.is_class and any(str(d.value) in MODEL_DECORATORS for d in obj.decorators)  # type: ignore[attr-defined]


def is_enum(obj: griffe.Object) -> bool:
    return obj.is_class and any(str(b).split(".")[-1] in ENUM_BASES for b in obj.bases)  # type: ignore[attr-defined]


def is_field(obj: griffe.Object) -> bool:
    """An attrs field of a generated model (`additional_properties` is init=False; a
    `@property` is no field either)."""
    parent = obj.parent
    return (
        obj.is_attribute
        and "property" not in obj.labels
        and parent is not None
        and is_model(parent)  # type: ignore[arg-type]
        and obj.annotation is not None  # type: ignore[attr-defined]
        and "init=False" not in str(obj.value)  # type: ignore[attr-defined]
    )


def union(annotation: object) -> frozenset[str]:
    """The members of a `A | B[C | D] | None` annotation, split at the top level only."""
    text, members, depth, start = str(annotation or ""), [], 0, 0
    for index, char in enumerate(text):
        depth += char in "[(" and 1 or char in "])" and -1 or 0
        if char == "|" and depth == 0:
            members.append(text[start:index].strip())
            start = index + 1
    members.append(text[start:].strip())
    return frozenset(member for member in members if member)


def _kind(obj: griffe.Object | griffe.Alias, path: str) -> str:
    parent = obj.parent
    if obj.is_module and path.startswith(OPERATIONS_PREFIX) and path.count(".") == 3:
        return "operation"
    if parent is not None and is_enum(parent):  # type: ignore[arg-type]
        return "enum value"
    target = _target(obj)
    if target is None:
        return str(obj.kind.value)
    if is_field(target):
        return "field"
    if is_model(target):
        return "model"
    if is_enum(target):
        return "enum"
    return str(target.kind.value)


def _griffe_what(breakage: griffe.Breakage, path: str) -> str:
    kind = breakage.kind
    old, new = breakage.old_value, breakage.new_value
    if kind is griffe.BreakageKind.OBJECT_REMOVED:
        return f"{_kind(old, path)} removed"
    if kind is griffe.BreakageKind.PARAMETER_REMOVED:
        return f"parameter `{old.name}` removed"
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED:
        return f"parameter `{old.name}` became required"
    if kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED:
        return f"required parameter `{new.name}` added"
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        return f"parameter `{old.name}` default changed from `{old.default}` to `{new.default}`"
    if kind in (griffe.BreakageKind.PARAMETER_MOVED, griffe.BreakageKind.PARAMETER_CHANGED_KIND):
        return f"parameter `{old.name}` {kind.value.lower()} ({old.kind.value} -> {new.kind.value})"
    return f"{kind.value.lower()}: `{old}` -> `{new}`"


def griffe_breakages(
    old: dict[str, griffe.Module],
    new: dict[str, griffe.Module],
    old_surface: Surface,
    new_surface: Surface,
) -> list[Change]:
    """griffe's findings by public path; a removed module behind a removed alias is dropped."""
    changes, removed_targets = [], set()
    for name, old_module in old.items():
        if name not in new:
            changes.append(Change(True, name, "package removed"))
            continue
        for breakage in griffe.find_breaking_changes(old_module, new[name]):
            removed = breakage.kind is griffe.BreakageKind.OBJECT_REMOVED
            surface_of = old_surface if removed else new_surface
            path = surface_of.public_path(breakage.obj.path)
            if removed and breakage.old_value.is_alias:
                target = _target(breakage.old_value)
                if target is not None:
                    removed_targets.add(target.path)
            changes.append(Change(True, path, _griffe_what(breakage, path)))
    return [
        change
        for change in changes
        if not (change.what == "module removed" and _covers(change.path, removed_targets))
    ]


def _covers(module_path: str, paths: set[str]) -> bool:
    return any(path.startswith(module_path + ".") for path in paths)


def _describe(annotation: frozenset[str]) -> str:
    return " | ".join(sorted(annotation))


def field_changes(path: str, old: str, new: str, *, read: bool) -> Iterator[Change]:
    """A field users construct (request models) may widen; one they read may not."""
    before, after = union(old), union(new)
    if "Unset" in before - after:
        yield Change(True, path, "field became required (the model's constructor needs it)")
    if "Unset" in after - before:
        yield Change(read, path, "field became optional (reads may now be `UNSET`)")
    narrowed, widened = before - after - {"Unset"}, after - before - {"Unset"}
    if narrowed and widened:
        yield Change(True, path, f"field type changed from `{old}` to `{new}`")
    elif narrowed:
        yield Change(True, path, f"field type narrowed: no longer `{_describe(narrowed)}`")
    elif widened:
        yield Change(read, path, f"field type widened: may now be `{_describe(widened)}`")


def read_models(surface: Surface) -> set[str]:
    """Names of the models a user reads: in a return type or in another model's field.

    The rest (`LeadCreate`, `LeadUpdate`) are only constructed by users, so a field of theirs
    that accepts more is compatible.
    """
    texts = []
    for obj in surface.objects.values():
        if obj.is_function and obj.returns is not None:  # type: ignore[attr-defined]
            texts.append(str(obj.returns))  # type: ignore[attr-defined]
        elif is_field(obj):
            texts.append(str(obj.annotation))  # type: ignore[attr-defined]
    return set(re.findall(r"\w+", " ".join(texts)))


def attribute_changes(
    path: str, old: griffe.Object, new: griffe.Object, *, read: bool = True
) -> Iterator[Change]:
    """Annotation and value changes griffe does not compare."""
    if is_enum(new.parent):  # type: ignore[arg-type]
        if str(old.value) != str(new.value):  # type: ignore[attr-defined]
            yield Change(True, path, f"enum value changed from `{old.value}` to `{new.value}`")  # type: ignore[attr-defined]
        return
    before, after = union(old.annotation), union(new.annotation)  # type: ignore[attr-defined]
    if before == after:
        return
    if is_field(old) and is_field(new):
        yield from field_changes(path, str(old.annotation), str(new.annotation), read=read)  # type: ignore[attr-defined]
        return
    yield Change(True, path, f"type changed from `{old.annotation}` to `{new.annotation}`")  # type: ignore[attr-defined]


def function_changes(path: str, old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    """Return-type and parameter-type changes; optional parameters added."""
    before, after = union(old.returns), union(new.returns)  # type: ignore[attr-defined]
    if old.returns is not None and new.returns is not None and before != after:  # type: ignore[attr-defined]
        if after - before:
            what = f"return type changed from `{old.returns}` to `{new.returns}`"  # type: ignore[attr-defined]
            yield Change(True, path, what)
        else:
            yield Change(False, path, f"return type narrowed to `{_describe(after)}`")
    old_params = {param.name: param for param in old.parameters}  # type: ignore[attr-defined]
    for param in new.parameters:  # type: ignore[attr-defined]
        previous = old_params.get(param.name)
        if previous is None:
            if not param.required:
                yield Change(False, path, f"optional parameter `{param.name}` added")
            continue
        p_before, p_after = union(previous.annotation), union(param.annotation)
        if previous.annotation is None or param.annotation is None or p_before == p_after:
            continue
        if p_before - p_after:
            narrowed = _describe(p_before - p_after)
            yield Change(True, path, f"parameter `{param.name}` no longer accepts `{narrowed}`")
        else:
            widened = _describe(p_after - p_before)
            yield Change(False, path, f"parameter `{param.name}` now also accepts `{widened}`")


def _added(path: str, obj: griffe.Object) -> Change:
    kind = _kind(obj, path)
    if kind == "field" and obj.value is None:  # type: ignore[attr-defined]
        return Change(True, path, "required field added (the model's constructor needs it)")
    return Change(False, path, f"{kind} added")


def surface_changes(old: Surface, new: Surface) -> list[Change]:
    """What griffe leaves out: changes of kept objects, and the additions."""
    changes: list[Change] = []
    added_targets: set[str] = set()
    read = read_models(old) | read_models(new)
    for path, obj in new.objects.items():
        previous = old.objects.get(path)
        if previous is None:
            parent = path.rpartition(".")[0]
            if parent in old.objects or not parent:
                changes.append(_added(path, obj))
                added_targets.add(obj.path)
        elif previous.kind is obj.kind and obj.is_attribute:
            model = obj.parent.name if obj.parent is not None else ""
            changes.extend(attribute_changes(path, previous, obj, read=model in read))
        elif previous.kind is obj.kind and obj.is_function:
            changes.extend(function_changes(path, previous, obj))
    return [
        change
        for change in changes
        if not (change.what == "module added" and _covers(change.path, added_targets))
    ]


def diff_trees(
    old_root: Path, new_root: Path, packages: tuple[str, ...] = PACKAGES
) -> list[Change]:
    """Every change of the public surface from the packages under `old_root` to `new_root`."""
    old, new = load_tree(old_root, packages), load_tree(new_root, packages)
    old_surface, new_surface = surface(old), surface(new)
    changes = griffe_breakages(old, new, old_surface, new_surface)
    changes += surface_changes(old_surface, new_surface)
    return sorted(set(changes), key=lambda change: (not change.breaking, change.path, change.what))
