"""Extract every example JSON body from Close's reference material into a fixture file.

    .venv/bin/python scripts/extract_examples.py [--docs DIR] [--output PATH]

Reads the reference folder (default: $CLOSE_API_DOCS or /work/shared/close-api-docs) and writes
tests/fixtures/examples.json: a list of records

    {"id", "source", "method", "path", "kind", "status", "body"}  (+ "query", "note" when set)

one per example body found. `path` is relative to /api/v1 with every path parameter written as
`{}` (the normalisation of tests/fixtures/documented_operations.txt). Examples that cannot be tied
to one operation with confidence get `"method": null` and a `note`; bodies that do not parse even
after trivial repairs are listed on stderr as skipped. Nothing is retyped: re-running the script
reproduces the file byte for byte.

Layouts handled:
- seed 003 (older full reference): `curl -X<METHOD> "<url>"`, then `Request Body` / `Response Body`
  labels each followed by JSON (a `# GET /...` comment line inside a body section names the
  request of the example below it).
- seeds 000/001/004 (current reference pages): `METHOD` line + `/api/v1/...` line, a `$curl`
  command (its `-d '...'` is the request example) and a line-numbered response example.
- seed 002 (older opportunities page): fenced request lines; its JSON snippets are prose fragments.
- topic `*.md` files: fenced ```json blocks and inline `{...}` spans under `### METHOD /path/`
  headings, labelled "Request example", "Response 200 example", "Request `{..}` -> 201 `{..}`", ...
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DOCS = Path(os.environ.get("CLOSE_API_DOCS", "/work/shared/close-api-docs"))
DEFAULT_OUTPUT = ROOT / "tests/fixtures/examples.json"
SEED_FULL = "seeds/003_2041f6cf87300f3d.txt"
SEED_OPPORTUNITIES = "seeds/002_1d6aee0cadef7cb2.txt"
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
PROSE_FRAGMENT = "prose fragment illustrating part of a request body, not a complete example"
EXTRA_FILTER = "fragment: an `extra_filter` value of a webhook subscription event"


@dataclass
class Candidate:
    """One example body found in a source, before parsing."""

    source: str
    line: int
    text: str
    method: str | None = None
    path: str | None = None
    kind: str | None = None
    status: int | None = None
    query: dict[str, Any] | None = None
    note: str | None = None
    fmt: str = "json"


@dataclass
class Report:
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- paths


def literal_segments(docs: Path) -> set[str]:
    """Every fixed path segment of the inventory (anything else shaped like an id is an id)."""
    segments: set[str] = set()
    for match in re.finditer(r"`[A-Z]+ (/[^`]*)`", (docs / "endpoint-inventory.md").read_text()):
        segments.update(s for s in match.group(1).split("/") if s and s != "{}")
    return segments


class PathNormaliser:
    ID_SEGMENT = re.compile(r"^[a-z][a-z0-9]*_[A-Za-z0-9]+$")
    PLACEHOLDER = re.compile(r"^(\{[^{}]*\}|:\w+|<[^>]+>|[A-Z][A-Z0-9_]*)$")

    def __init__(self, literals: set[str]) -> None:
        self.literals = literals

    def is_parameter(self, segment: str) -> bool:
        if self.PLACEHOLDER.match(segment) or "@" in segment:
            return True
        return segment not in self.literals and bool(self.ID_SEGMENT.match(segment))

    def __call__(self, raw: str) -> tuple[str, dict[str, Any] | None]:
        """URL or path as written -> (`/path/{}/`, concrete query or None)."""
        url = re.sub(r"^https?://[^/]+", "", raw.strip().strip("\"'"))
        while url.startswith("/api/v1/"):
            url = url[len("/api/v1") :]
        query: dict[str, Any] | None = None
        template = url.find("{?")
        mark = url.find("?")
        if template != -1 and (mark == -1 or template < mark):
            url = url[:template]  # RFC 6570 `{?a,b}`: parameter names, no values
        elif mark != -1:
            url, rest = url[:mark], url[mark + 1 :]
            if rest and not rest.startswith("{"):  # `?{a,b}` is a template too
                query = {}
                for key, value in parse_qsl(rest, keep_blank_values=True):
                    if key in query:
                        previous = query[key]
                        query[key] = (
                            [*previous, value] if isinstance(previous, list) else [previous, value]
                        )
                    else:
                        query[key] = value
        segments = [s for s in url.split("/") if s]
        path = "/" + "/".join("{}" if self.is_parameter(s) else s for s in segments) + "/"
        return ("/" if path == "//" else path), query


# --------------------------------------------------------------------------- JSON


JSON_LINE = re.compile(r"^\s*([\"'{}\[\]\d#/.…-]|true|false|null|$)")


def _outside_strings(line: str) -> Iterator[tuple[int, str]]:
    """(index, char) for each character of one line that is not inside a JSON string.

    Strings never span lines in these sources, so each line starts outside one.
    """
    in_string = escaped = False
    for index, char in enumerate(line):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        else:
            yield index, char


def find_json_end(lines: list[str], start: int, column: int = 0) -> int:
    """Index of the line closing the JSON value opening at lines[start][column].

    Stops before the first line that cannot belong to JSON (the prose after an unbalanced
    body), so one broken example never swallows the next ones.
    """
    depth = 0
    for index in range(start, len(lines)):
        if index > start and not JSON_LINE.match(lines[index]):
            return index - 1
        text = lines[index][column:] if index == start else lines[index]
        for _, char in _outside_strings(text):
            if char in "{[":
                depth += 1
            elif char in "}]":
                depth -= 1
                if depth == 0:
                    return index
            elif char == "#" and depth > 0:
                break  # comment to end of line
    return len(lines) - 1


def strip_comments(text: str) -> str:
    """Drop `// ...` and `# ...` comments outside strings."""
    out: list[str] = []
    for line in text.split("\n"):
        cut = next(
            (i for i, char in _outside_strings(line) if char == "#" or line.startswith("//", i)),
            len(line),
        )
        out.append(line[:cut])
    return "\n".join(out)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    counts = Counter(key for key, _ in pairs)
    duplicated = sorted(key for key, count in counts.items() if count > 1)
    if duplicated:
        raise DuplicateKeys(duplicated)
    return dict(pairs)


class DuplicateKeys(ValueError):
    pass


def parse_body(candidate: Candidate, report: Report) -> tuple[Any, str | None]:
    """(body, None) or (None, reason)."""
    if candidate.fmt == "yaml":
        try:
            body = yaml.safe_load(candidate.text)
            json.dumps(body)  # JSON types only (no unquoted timestamps turned into datetimes)
        except (yaml.YAMLError, TypeError) as yaml_error:
            return None, f"YAML block is not plain JSON data: {yaml_error}"
        if not isinstance(body, dict):
            return None, "YAML block is not a mapping"
        return body, None
    text = candidate.text
    without_comments = re.sub(r",(\s*[}\]])", r"\1", strip_comments(text))
    # A value ending a line directly followed by a line starting a key: the comma is missing.
    with_commas = re.sub(r'(["\d\]}]|true|false|null)(\s*\n\s*")', r"\1,\2", without_comments)
    # Python-style 'single-quoted' keys and values (never touching apostrophes inside words).
    with_quotes = re.sub(r"(?<=[{\[,:\s])'([^'\"\n]*)'(?=\s*[:,}\]])", r'"\1"', with_commas)
    commas = "missing comma(s) inserted between members"
    quotes = "single-quoted strings turned into JSON strings"
    attempts = [
        (text, []),
        (without_comments, []),
        (with_commas, [commas]),
        (with_quotes, ([commas] if with_commas != without_comments else []) + [quotes]),
    ]
    last_error: json.JSONDecodeError | None = None
    for attempt, repairs in attempts:
        try:
            body = json.loads(attempt, object_pairs_hook=_no_duplicates)
        except DuplicateKeys as duplicate:
            report.warnings.append(
                f"{candidate.source}:{candidate.line}: duplicate keys {duplicate.args[0]} "
                "(the last value is kept, as JSON parsers do)"
            )
            body = json.loads(attempt)
        except json.JSONDecodeError as decode_error:
            last_error = decode_error
            continue
        if repairs:
            repair = "repaired during extraction: " + "; ".join(repairs)
            candidate.note = f"{candidate.note}; {repair}" if candidate.note else repair
        return body, None
    if re.search(r"\.\.\.|…", text):
        return None, f"ellipsis placeholder in the source ({last_error})"
    if re.search(r'(?<!")<[a-z][^<>"]*>', text):
        return None, f"<placeholder> in the source ({last_error})"
    return None, f"malformed in the source, beyond trivial repair ({last_error})"


# --------------------------------------------------------------------------- seed 003


CURL = re.compile(r'^curl -X\s*([A-Z]+)\s+"([^"]+)"')
COMMENT_REQUEST = re.compile(r"^#\s*(GET|POST|PUT|PATCH|DELETE)\s+(\S+)")
INLINE_DATA = re.compile(r"-d\s+'")


def curl_data(lines: list[str], start: int) -> tuple[int, str] | None:
    """The JSON of a `-d '...'` option starting on lines[start] (prefix `> ` stripped)."""
    first = re.sub(r"^>\s?", "", lines[start])
    match = INLINE_DATA.search(first)
    if not match:
        return None
    chunks = [first[match.end() :]]
    index = start
    while not re.search(r"'\s*\\?\s*$", chunks[-1]) and index + 1 < len(lines):
        index += 1
        chunks.append(re.sub(r"^>\s?", "", lines[index]))
    chunks[-1] = re.sub(r"'\s*\\?\s*$", "", chunks[-1])
    return start + 1, "\n".join(chunks)


def extract_seed_full(source: str, text: str, normalise: PathNormaliser) -> Iterator[Candidate]:
    lines = text.split("\n")
    operation: tuple[str, str, dict[str, Any] | None] | None = None
    label: str | None = None  # "request" / "response" while directly under a body label
    sub_request: tuple[str, str, dict[str, Any] | None] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if match := CURL.match(line):
            path, query = normalise(match.group(2))
            operation, label, sub_request = (match.group(1), path, query), None, None
        elif stripped in ("Request Body", "Response Body"):
            label, sub_request = stripped.split()[0].lower(), None
        elif label and (match := COMMENT_REQUEST.match(stripped)):
            path, query = normalise(match.group(2))
            sub_request = (match.group(1), path, query)
        elif stripped.startswith(("{", "[")):
            end = find_json_end(lines, index, line.index(stripped[0]))
            body = "\n".join(lines[index : end + 1])
            if label and operation:
                method, path, query = sub_request or operation
                yield Candidate(source, index + 1, body, method, path, label, None, query)
            else:
                yield unassociated_prose(source, index + 1, body, lines[max(0, index - 6) : index])
            index = end + 1
            continue
        elif INLINE_DATA.search(line) and line.lstrip().startswith("-d"):
            data = curl_data(lines, index)
            if data:
                yield Candidate(
                    source,
                    data[0],
                    data[1],
                    kind="request",
                    note="request body of a curl example in the conventions prose "
                    "(POST with x-http-method-override: GET), not an operation example",
                )
        elif stripped and not stripped.startswith("#"):
            label = None
        index += 1


def unassociated_prose(source: str, line: int, body: str, before: list[str]) -> Candidate:
    context = " ".join(before)
    if "429" in context:
        return Candidate(
            source, line, body, kind="response", status=429, note="generic 429 error body"
        )
    if "Webhook" in context or "URL you provide" in context:
        return Candidate(
            source,
            line,
            body,
            kind="request",
            note="webhook delivery payload (POSTed by Close to the subscriber URL)",
        )
    if re.search(r'"type":\s*"(field_accessor|equals|contains|and|or|any_array_value)"', body):
        return Candidate(source, line, body, kind="request", note=EXTRA_FILTER)
    return Candidate(source, line, body, kind="request", note=PROSE_FRAGMENT)


# --------------------------------------------------------------------------- current pages


NUMBERED = re.compile(r"^(\d+)\s?(.*)$")


def numbered_block(lines: list[str], start: int) -> tuple[int, str] | None:
    """A line-numbered JSON rendering (`1{`, `2 "a": 1`, ...) starting at lines[start]."""
    if not re.match(r"^1\s?[{\[]", lines[start]):
        return None
    out: list[str] = []
    expected = 1
    index = start
    while index < len(lines):
        match = NUMBERED.match(lines[index])
        if not match or int(match.group(1)) != expected:
            break
        out.append(match.group(2))
        expected += 1
        index += 1
    return index - 1, "\n".join(out)


def extract_current_page(source: str, text: str, normalise: PathNormaliser) -> Iterator[Candidate]:
    """Seeds 000/001/004 (current layout) and 002 (older single-resource page)."""
    lines = text.split("\n")
    operation: tuple[str, str, dict[str, Any] | None] | None = None
    response_seen = False
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if stripped in METHODS and following.startswith("/api/v1/"):
            path, query = normalise(following)
            operation, response_seen = (stripped, path, query), False
            index += 2
            continue
        if source == SEED_OPPORTUNITIES and (match := re.match(r"^([A-Z]+) (/\S+)", stripped)):
            if match.group(1) in METHODS:
                path, query = normalise(match.group(2))
                operation, response_seen = (match.group(1), path, query), True  # no examples
        if INLINE_DATA.search(line) and line.startswith(">"):
            data = curl_data(lines, index)
            if data and operation:
                method, path, query = operation
                yield Candidate(source, data[0], data[1], method, path, "request", None, query)
        block = numbered_block(lines, index)
        if block is None and stripped.startswith(("{", "[")) and not line.startswith(">"):
            end = find_json_end(lines, index, line.index(stripped[0]))
            block = end, "\n".join(lines[index : end + 1])
        if block is not None:
            end, body = block
            if operation and not response_seen:
                method, path, query = operation
                yield Candidate(source, index + 1, body, method, path, "response", None, query)
                response_seen = True
            else:
                yield Candidate(source, index + 1, body, kind="request", note=PROSE_FRAGMENT)
            index = end + 1
            continue
        index += 1


# --------------------------------------------------------------------------- topic files


HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
OPERATION = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+`?(/[^\s`)]*)")
FENCE_OPEN = re.compile(r"^(\s*)```(\w*)\s*$")
INLINE_SPAN = re.compile(r"`([{\[][^`]*)`")
TOKEN = re.compile(
    r"(?P<request>\b[Rr]equest\b|\b[Bb]ody schema\b)"
    r"|\b[Rr]esponses?\b(?:\s*\**`?(?P<status>\d{3})`?\**)?"
    r"|→\s*(?:response\s+)?\**(?P<arrow>\d{3})\**"
)
INLINE_PREFIX = [
    (re.compile(r"(?:^|[\s.(])(?:[Cc]reate )?[Rr]equest(?: example)?:?\s*$"), "request"),
    (re.compile(r"Example body:\s*$"), "request"),
    (re.compile(r"→\s*(?:response\s+)?\**(?P<status>\d{3})\**\s*$"), "response"),
    (re.compile(r"Response (?P<status>\d{3})(?: example:| `\w+`:)\s*$"), "response"),
]


@dataclass(frozen=True)
class Override:
    """Explicit association for an example whose heading does not name its operation."""

    file: str
    section: str  # regex on the innermost heading
    label: str  # regex on the label text (line before a fence, or the line of an inline span)
    method: str | None
    path: str | None
    kind: str
    status: int | None = None
    query: tuple[tuple[str, str], ...] | None = None
    note: str | None = None
    occurrence: int | None = None  # index of the fence within a group sharing one label


# fmt: off
OVERRIDES = [
    Override("advanced-filtering.md", "Query structure", "Tutorial example", "POST",
             "/data/search/", "request"),
    Override("custom-fields-newer.md", "^Opportunity Custom Fields", "^List example",
             "GET", "/custom_field/opportunity/", "response"),
    Override("custom-fields-newer.md", "^Opportunity Custom Fields", "^Create request",
             "POST", "/custom_field/opportunity/", "request"),
    Override("custom-fields-newer.md", "^Opportunity Custom Fields", "^PUT:", "PUT",
             "/custom_field/opportunity/{}/", "request"),
    Override("custom-fields-newer.md", "^Custom Object Custom Fields", "^List example",
             "GET", "/custom_field/custom_object_type/", "response"),
    Override("custom-fields-newer.md", "^Custom Object Custom Fields", "^Create request",
             "POST", "/custom_field/custom_object_type/", "request"),
    Override("custom-fields-newer.md", "^Custom Object Custom Fields", r"^Response \*\*201",
             "POST", "/custom_field/custom_object_type/", "response", 201,
             note="given as YAML in the source, with `updated_ by` and an id containing a space "
             "[sic]"),
    Override("custom-fields-newer.md", "^Custom Object Custom Fields", r"^GET `\{id\}`",
             "GET", "/custom_field/custom_object_type/{}/", "response"),
    Override("custom-fields-newer.md", "^Custom Object Custom Fields", "^PUT:", "PUT",
             "/custom_field/custom_object_type/{}/", "request"),
    Override("custom-fields-newer.md", "^Custom Field Schemas", "^GET response 200", "GET",
             "/custom_field_schema/{}/", "response", 200),
    Override("custom-fields-newer.md", "^Custom Field Schemas", "^Request example", "PUT",
             "/custom_field_schema/{}/", "request"),
    Override("funnel-reports.md", "^Request body", "same for both", None, None, "request",
             note="request example shared by POST /report/funnel/opportunity/stages/ and "
             "POST /report/funnel/opportunity/totals/"),
    Override("meetings-newer.md", "transcripts", "Meeting transcripts", "GET",
             "/activity/meeting/{}/", "response", query=(("_fields", "transcripts"),),
             note="partial response: only the field requested with _fields=transcripts"),
    Override("scheduling-links.md", "shared_scheduling_link_association/$", "^Map to", "POST",
             "/shared_scheduling_link_association/", "request"),
    Override("webhooks.md", "Webhook Filters", "^Examples", None, None, "request",
             note=EXTRA_FILTER),
    Override("advanced-filtering.md", "Request body", "Bulk Actions", None, None, "request",
             note="schematic body shape"),
    Override("advanced-filtering.md", "^Response", "Start of the documented", "POST",
             "/data/search/", "response", note="truncated in the source"),
    Override("overview-pages.md", "OAuth", "Response:", None, None, "response",
             note="POST https://api.close.com/oauth2/token/ response (outside /api/v1)"),
]
# fmt: on


def find_override(file: str, section: str, label: str, occurrence: int) -> Override | None:
    for override in OVERRIDES:
        if (
            override.file == file
            and re.search(override.section, section)
            and re.search(override.label, label)
            and override.occurrence in (None, occurrence)
        ):
            return override
    return None


def tokens(text: str, heading: bool = False) -> list[tuple[str, int | None]]:
    """Request/response mentions of a label, ignoring its asides: `(...)` and `— ...`.

    In a heading the text after a dash is the point ("POST /x/ — response 200 example").
    """
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\([^()]*\)", "", text)
    if not heading:
        text = text.split(" — ")[0]
    found: list[tuple[str, int | None]] = []
    for match in TOKEN.finditer(text):
        if match.group("request"):
            found.append(("request", None))
        else:
            status = match.group("status") or match.group("arrow")
            found.append(("response", int(status) if status else None))
    return found


def fence_end(lines: list[str], start: int) -> int:
    end = start + 1
    while end < len(lines) and lines[end].strip() != "```":
        end += 1
    return end


def fence_group_size(lines: list[str], start: int) -> int:
    """How many fences follow each other from lines[start] with only blank lines between."""
    size = 0
    index = start
    while index < len(lines) and FENCE_OPEN.match(lines[index]):
        size += 1
        index = fence_end(lines, index) + 1
        while index < len(lines) and not lines[index].strip():
            index += 1
    return size


def yaml_mapping(content: str) -> bool:
    if not re.match(r"^\w[\w ]*: ", content.strip()):
        return False
    try:
        return isinstance(yaml.safe_load(content), dict)
    except yaml.YAMLError:
        return False


def extract_topic(source: str, text: str, normalise: PathNormaliser) -> Iterator[Candidate]:
    lines = text.split("\n")
    headings: list[tuple[int, str]] = []
    label = ""  # the prose line right before the current fence group / inline span
    group_size = group_index = 0
    used: set[Override] = set()

    def resolve(
        line: int, body: str, occurrence: int, hint: tuple[str, int | None] | None
    ) -> Candidate:
        section = headings[-1][1] if headings else ""
        override = find_override(source, section, label, occurrence)
        if override:
            used.add(override)
            query = dict(override.query) if override.query else None
            return Candidate(
                source, line, body, override.method, override.path, override.kind,
                override.status, query, override.note,
            )  # fmt: skip
        found = next(
            (m.groups() for _, h in reversed(headings) if (m := OPERATION.search(h))), None
        )
        kind = hint
        if kind is None:
            label_tokens = tokens(label)
            if group_size > 1 and len(label_tokens) == group_size:
                kind = label_tokens[occurrence]
            elif label_tokens:
                kind = label_tokens[-1]
            elif heading_tokens := tokens(section, heading=True):
                kind = heading_tokens[-1]
            elif found and found[0] in ("GET", "DELETE"):
                kind = ("response", None)
        if found is None or kind is None:
            note = "no operation in the headings" if found is None else "kind unclear"
            return Candidate(source, line, body, kind=kind[0] if kind else "request", note=note)
        path, query = normalise(found[1])
        return Candidate(source, line, body, found[0], path, kind[0], kind[1], query)

    index = 0
    while index < len(lines):
        line = lines[index]
        if fence := FENCE_OPEN.match(line):
            indent, language = fence.group(1), fence.group(2)
            end = fence_end(lines, index)
            content = "\n".join(row[len(indent) :] for row in lines[index + 1 : end])
            if group_index >= group_size:
                group_size, group_index = fence_group_size(lines, index), 0
            first = content.strip()[:1]
            is_json = language == "json" or (language == "" and first in ("{", "["))
            is_yaml = (
                language == ""
                and not is_json
                and "example" in label.lower()
                and yaml_mapping(content)
            )
            if is_json or is_yaml:
                candidate = resolve(index + 2, content, group_index, None)
                candidate.fmt = "yaml" if is_yaml else "json"
                yield candidate
            group_index += 1
            index = end + 1
            continue
        if match := HEADING.match(line):
            level = len(match.group(1))
            headings = [h for h in headings if h[0] < level] + [(level, match.group(2))]
            label, group_size, group_index = "", 0, 0
        elif line.strip():
            label, group_size, group_index = line.strip(), 0, 0
            for span in INLINE_SPAN.finditer(line):
                prefix = line[: span.start()]
                for pattern, kind in INLINE_PREFIX:
                    if found := pattern.search(prefix):
                        status = found.groupdict().get("status")
                        hint = (kind, int(status) if status else None)
                        yield resolve(index + 1, span.group(1), 0, hint)
                        break
        index += 1
    for override in OVERRIDES:
        if override.file == source and override not in used:
            raise SystemExit(f"override never matched: {override}")


# --------------------------------------------------------------------------- driver


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.replace("{}", "id").lower()).strip("-")


def source_slug(source: str) -> str:
    name = Path(source).name
    if match := re.match(r"^(\d{3})_", name):
        return f"seed{match.group(1)}"
    return slug(Path(source).stem)


def sources(docs: Path) -> list[str]:
    seeds = sorted(f"seeds/{p.name}" for p in (docs / "seeds").glob("*.txt"))
    skip = {"INDEX.md", "endpoint-inventory.md", "behaviour-notes.md"}
    topics = sorted(p.name for p in docs.glob("*.md") if p.name not in skip)
    return seeds + topics


def extract(docs: Path) -> tuple[list[dict[str, Any]], Report]:
    normalise = PathNormaliser(literal_segments(docs))
    report = Report()
    records: list[dict[str, Any]] = []
    used_ids: Counter[str] = Counter()
    for source in sources(docs):
        text = (docs / source).read_text(encoding="utf-8")
        if source == SEED_FULL:
            found = extract_seed_full(source, text, normalise)
        elif source.startswith("seeds/"):
            found = extract_current_page(source, text, normalise)
        else:
            found = extract_topic(source, text, normalise)
        for candidate in found:
            body, reason = parse_body(candidate, report)
            where = f"{candidate.source}:{candidate.line}"
            if reason is not None:
                report.skipped.append((where, reason))
                continue
            if candidate.method:
                base = (
                    f"{source_slug(source)}-{candidate.method.lower()}-{slug(candidate.path or '')}"
                )
                if candidate.query:
                    base += "-" + slug("-".join(sorted(candidate.query)))
                base += f"-{candidate.kind}"
            else:
                base = f"{source_slug(source)}-unassociated-{candidate.kind}"
            used_ids[base] += 1
            record: dict[str, Any] = {
                "id": base if used_ids[base] == 1 else f"{base}-{used_ids[base]}",
                "source": where,
                "method": candidate.method,
                "path": candidate.path,
                "kind": candidate.kind,
                "status": candidate.status,
            }
            if candidate.query:
                record["query"] = candidate.query
            if candidate.note:
                record["note"] = candidate.note
            record["body"] = body
            records.append(record)
    return records, report


def summarise(records: list[dict[str, Any]], report: Report) -> None:
    per_source: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        per_source[record["source"].rsplit(":", 1)[0]][record["kind"]] += 1
    print(f"{'source':<40} {'request':>8} {'response':>9}")
    for source, counts in sorted(per_source.items()):
        print(f"{source:<40} {counts['request']:>8} {counts['response']:>9}")
    kinds = Counter(r["kind"] for r in records)
    unassociated = [r for r in records if not r["method"]]
    print(
        f"total: {len(records)} examples ({kinds['request']} request, {kinds['response']} "
        f"response); unassociated (method null): {len(unassociated)}; "
        f"skipped: {len(report.skipped)}"
    )
    for record in unassociated:
        print(f"  unassociated {record['source']}: {record.get('note')}")
    for where, reason in report.skipped:
        print(f"skipped {where}: {reason}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning {warning}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--quiet", action="store_true", help="no summary on stdout")
    args = parser.parse_args(argv)
    records, report = extract(args.docs)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    args.output.write_text(text, encoding="utf-8")
    if not args.quiet:
        summarise(records, report)


if __name__ == "__main__":
    main()
