#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the HTTP API document (docs/api/openapi.yaml) and, optionally, the server's routes.

    tools/check_openapi.py [DOC]                  structure only
    tools/check_openapi.py [DOC] --routes FILE    structure, and DOC against the served routes
    tools/check_openapi.py [DOC] --print-routes   DOC's routes, sorted, in FILE's format
    tools/check_openapi.py [DOC] --sources DIR    structure, and DOC's problem types against DIR's code

Structure: `openapi` is 3.0.x; no YAML key appears twice in a mapping; every local `$ref`
resolves (and a response, parameter, header or request body refers to its own kind of
component); every operation has a unique `operationId`, `x-roles` (a list drawn from agent,
manager, analyst, admin), responses with at least one 2xx, and security consistent with
`x-roles` (no roles <=> no security requirement; defined schemes only); every `{param}` of a
path is declared `in: path`, `required: true`, and nothing else is. An edit op (a POST on
`.../<collection>/{id}/<op>`, or any operation with `x-edit: true`; `x-edit: false` opts out)
declares the headers If-Match and Idempotency-Key as required and has 412, 422 and 428
responses.

Routes FILE: one route a line, `METHOD /v1/path/{id}` (path parameters of any name compare
equal), optionally a tab and the roles allowed, comma-separated (`none` or `-` or nothing for
an unauthenticated route). Blank lines and lines starting with `#` are skipped. Reported:
routes documented but not served, served but not documented, and (where FILE gives roles)
roles that differ from `x-roles`.

A route is the first server's path (`/v1`) followed by the document's path key; problem
locations name paths that way too (`paths./v1/exceptions/{id}/assign.post`).

Problem types (--sources DIR, repeatable): every problem slug the C++ sources below DIR can
send (the slug argument of `Problem::make(request, status, "slug", ...)`, both sides of a
`cond ? "a" : "b"` there, and `"urn:controltower:problem:slug"` literals) is listed in the
description of `components.schemas.Problem.properties.type` and has a row `| status | `slug` |`
in the table of `info.description` with the status the code sends; and the document names no
slug, in that list, that table or an example's `urn:controltower:problem:...`, that the code
never sends.

Exit status 0 when everything is consistent; 1 with one line per problem on stdout
(`docs/api/openapi.yaml: paths./v1/me.get: missing x-roles`); 2 for a usage error.
Needs only Python 3 and PyYAML.
"""

import argparse
import os
import re
import sys
from urllib.parse import urlparse

import yaml

ROLES = ("agent", "manager", "analyst", "admin")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EDIT_HEADERS = ("If-Match", "Idempotency-Key")
EDIT_RESPONSES = ("412", "422", "428")
EDIT_PATH = re.compile(r"/[^/{}]+/\{[^/{}]+\}/[^/{}]+$")
PARAM = re.compile(r"\{([^{}]*)\}")

DEFAULT_DOC = os.path.join("docs", "api", "openapi.yaml")
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class _Loader(yaml.SafeLoader):
    """A safe loader that records keys repeated in one mapping (PyYAML keeps the last)."""

    def __init__(self, stream):
        super().__init__(stream)
        self.duplicates = []

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key = key_node.value
                if key in seen and key != "<<":
                    self.duplicates.append((key_node.start_mark.line + 1, key))
                seen.add(key)
        return super().construct_mapping(node, deep)


def load_text(text):
    """Returns (document, [(line, duplicate key)]). Raises yaml.YAMLError."""
    loader = _Loader(text)
    try:
        doc = loader.get_single_data()
    finally:
        loader.dispose()
    return doc, loader.duplicates


def base_path(doc):
    """The path of the first server's URL without a trailing slash: "/v1", or ""."""
    servers = doc.get("servers") if isinstance(doc, dict) else None
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = servers[0].get("url")
    if not isinstance(url, str):
        return ""
    path = urlparse(url).path if "://" in url else url
    return path.rstrip("/")


def route_path(path):
    """Path parameters of any name are written {id}."""
    return PARAM.sub("{id}", path)


class Checker:
    def __init__(self, doc, duplicates=()):
        self.doc = doc
        self.base = base_path(doc)
        self.problems = []  # (location, message)
        for line, key in duplicates:
            self.problems.append((f"line {line}", f"duplicate key {key!r} (the last one wins; merge them)"))

    # -- helpers

    def where(self, keys):
        out = ""
        for i, key in enumerate(keys):
            if isinstance(key, int):
                out += f"[{key}]"
                continue
            key = str(key)
            if i == 1 and keys[0] == "paths":
                key = self.base + key
            out += ("." if out else "") + key
        return out or "(document)"

    def report(self, keys, message):
        self.problems.append((self.where(keys), message))

    def resolve(self, ref):
        """The target of a local $ref, or raises KeyError."""
        if not ref.startswith("#"):
            raise KeyError(ref)
        node = self.doc
        pointer = ref[1:]
        if pointer == "":
            return node
        if not pointer.startswith("/"):
            raise KeyError(ref)
        for part in pointer[1:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict):
                if part in node:
                    node = node[part]
                elif part.isdigit() and int(part) in node:  # YAML read `200:` as an integer
                    node = node[int(part)]
                else:
                    raise KeyError(ref)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise KeyError(ref)
        return node

    def deref(self, node):
        """Follows $ref chains; None when one does not resolve or loops (reported elsewhere)."""
        seen = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return None
            seen.add(ref)
            try:
                node = self.resolve(ref)
            except KeyError:
                return None
        return node

    # -- checks

    def run(self):
        doc = self.doc
        if not isinstance(doc, dict):
            self.report([], "not an OpenAPI document (not a mapping)")
            return self.problems
        version = doc.get("openapi")
        if not isinstance(version, str) or not re.fullmatch(r"3\.0\.\d+", version):
            self.report(["openapi"], f"must be 3.0.x (is {version!r})")
        info = doc.get("info")
        if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
            self.report(["info"], "needs title and version")
        self.check_refs(doc, [])
        paths = doc.get("paths")
        if not isinstance(paths, dict) or not paths:
            self.report(["paths"], "missing or empty")
            return self.problems
        schemes = (doc.get("components") or {}).get("securitySchemes") or {}
        operation_ids = {}
        for path, item in paths.items():
            if not isinstance(path, str) or not path.startswith("/"):
                self.report(["paths", path], "a path must start with /")
                continue
            item = self.deref(item)
            if not isinstance(item, dict):
                self.report(["paths", path], "a path item must be a mapping")
                continue
            for method in METHODS:
                if method in item:
                    self.check_operation(path, method, item, operation_ids, schemes)
        return self.problems

    def check_refs(self, node, keys):
        if isinstance(node, dict):
            if "$ref" in node:
                ref = node["$ref"]
                if not isinstance(ref, str):
                    self.report(keys + ["$ref"], "must be a string")
                elif not ref.startswith("#"):
                    self.report(keys + ["$ref"], f"{ref!r} is not a local reference (only #/... can be checked)")
                else:
                    try:
                        self.resolve(ref)
                    except KeyError:
                        self.report(keys + ["$ref"], f"{ref!r} does not resolve")
                    else:
                        self.check_ref_kind(ref, keys)
            for key, value in node.items():
                # Example values are literal data, not part of the document's structure.
                if key == "example" or (key == "value" and keys[-2:-1] == ["examples"]):
                    continue
                self.check_refs(value, keys + [key])
        elif isinstance(node, list):
            for i, value in enumerate(node):
                self.check_refs(value, keys + [i])

    def ref_kind_expected(self, keys):
        """The component kind a $ref standing at `keys` must name, or None when any goes."""
        n = len(keys)
        if n == 3 and keys[0] == "components" and keys[1] != "schemas":
            return keys[1]  # a component that is a reference to another of its kind
        if n >= 1 and keys[-1] == "requestBody" and n >= 2 and keys[-2] in METHODS:
            return "requestBodies"
        if n >= 3 and keys[-2] == "responses" and keys[-3] in METHODS:
            return "responses"
        if n >= 3 and keys[-2] == "parameters" and isinstance(keys[-1], int) \
                and (keys[-3] in METHODS or (n == 4 and keys[0] == "paths")):
            return "parameters"
        if n >= 4 and keys[-2] == "headers" and (keys[-4] == "responses" or keys[:2] == ["components", "responses"]):
            return "headers"
        return None

    def check_ref_kind(self, ref, keys):
        want = self.ref_kind_expected(keys)
        if want is None:
            return
        parts = ref.split("/")
        kind = parts[2] if len(parts) > 3 and parts[1] == "components" else None
        if kind != want:
            self.report(keys + ["$ref"], f"{ref!r} should name a component of components.{want}")

    def check_operation(self, path, method, item, operation_ids, schemes):
        op = item[method]
        keys = ["paths", path, method]
        if not isinstance(op, dict):
            self.report(keys, "an operation must be a mapping")
            return
        # operationId
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            self.report(keys, "missing operationId")
        elif op_id in operation_ids:
            self.report(keys, f"operationId {op_id!r} is also used by {operation_ids[op_id]}")
        else:
            operation_ids[op_id] = self.where(keys)
        # x-roles
        roles = op.get("x-roles")
        role_set = None
        if roles is None:
            self.report(keys, "missing x-roles")
        elif not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
            self.report(keys, "x-roles must be a list of role names")
        else:
            unknown = [r for r in roles if r not in ROLES]
            if unknown:
                self.report(keys, f"unknown role(s) in x-roles: {', '.join(unknown)} (known: {', '.join(ROLES)})")
            repeated = sorted({r for r in roles if roles.count(r) > 1})
            if repeated:
                self.report(keys, f"x-roles lists {', '.join(repeated)} more than once")
            role_set = set(roles)
        # responses
        responses = op.get("responses")
        codes = set()
        if not isinstance(responses, dict) or not responses:
            self.report(keys, "missing responses")
        else:
            codes = {str(code).upper() for code in responses}
            if not any(re.fullmatch(r"2(\d\d|XX)", code) for code in codes):
                self.report(keys, "no 2xx response")
        # security
        security = op["security"] if "security" in op else self.doc.get("security", [])
        requirements = []
        if not isinstance(security, list) or not all(isinstance(s, dict) for s in security):
            self.report(keys, "security must be a list of requirement objects")
        else:
            requirements = security
            for requirement in requirements:
                for name in requirement:
                    if name not in schemes:
                        self.report(keys, f"security scheme {name!r} is not defined in components.securitySchemes")
        authenticated = [r for r in requirements if r]
        anonymous_allowed = not requirements or any(not r for r in requirements)
        if role_set is not None:
            if not role_set and authenticated:
                self.report(keys, "x-roles is empty (no authentication) but security requires it; use security: []")
            elif role_set and anonymous_allowed:
                self.report(keys, "x-roles names roles but security lets requests in without authentication")
        # path parameters
        params = {}
        for source, plist in (("path", item.get("parameters")), ("operation", op.get("parameters"))):
            if plist is None:
                continue
            if not isinstance(plist, list):
                self.report(keys if source == "operation" else keys[:2], "parameters must be a list")
                continue
            for p in plist:
                p = self.deref(p)
                if isinstance(p, dict) and isinstance(p.get("name"), str) and isinstance(p.get("in"), str):
                    lookup = p["name"].lower() if p["in"] == "header" else p["name"]
                    params[(p["in"], lookup)] = p  # operation-level overrides path-level
        in_template = PARAM.findall(path)
        for name in in_template:
            p = params.get(("path", name))
            if p is None:
                self.report(keys, f"path parameter {{{name}}} is not declared (parameters, in: path)")
            elif p.get("required") is not True:
                self.report(keys, f"path parameter {{{name}}} must have required: true")
        for (where, name) in params:
            if where == "path" and name not in in_template:
                self.report(keys, f"parameter {name!r} is declared in: path but the path has no {{{name}}}")
        # edit ops
        edit = op.get("x-edit")
        if edit is None:
            edit = method == "post" and bool(EDIT_PATH.search(path))
        if edit:
            for header in EDIT_HEADERS:
                p = params.get(("header", header.lower()))
                if p is None:
                    self.report(keys, f"edit op: missing header parameter {header}")
                elif p.get("required") is not True:
                    self.report(keys, f"edit op: header {header} must have required: true")
            for code in EDIT_RESPONSES:
                if codes and code not in codes:
                    self.report(keys, f"edit op: no {code} response")

    # -- routes

    def routes(self):
        """{"POST /v1/exceptions/{id}/assign": (set of roles or None, location)}."""
        out = {}
        paths = self.doc.get("paths") if isinstance(self.doc, dict) else None
        if not isinstance(paths, dict):
            return out
        for path, item in paths.items():
            item = self.deref(item)
            if not isinstance(path, str) or not isinstance(item, dict):
                continue
            for method in METHODS:
                if method in item and isinstance(item[method], dict):
                    roles = item[method].get("x-roles")
                    roles = set(roles) if isinstance(roles, list) and all(isinstance(r, str) for r in roles) else None
                    route = f"{method.upper()} {route_path(self.base + path)}"
                    out[route] = (roles, self.where(["paths", path, method]))
        return out


def format_roles(roles):
    if not roles:
        return "none"
    known = [r for r in ROLES if r in roles]
    return ",".join(known + sorted(roles - set(ROLES)))


def parse_routes(text, label):
    """Returns ({route: (set of roles or None, "FILE:line")}, [problem lines])."""
    routes, problems = {}, []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        at = f"{label}:{number}"
        route_part, has_roles, roles_part = line.partition("\t")
        fields = route_part.split()
        if len(fields) != 2 or not fields[1].startswith("/"):
            problems.append(f"{at}: expected 'METHOD /path' (and optionally a tab and roles), got {line!r}")
            continue
        method, path = fields[0].upper(), fields[1]
        if len(path) > 1:
            path = path.rstrip("/")
        route = f"{method} {route_path(path)}"
        roles = None
        if has_roles:
            names = [r.strip().lower() for r in roles_part.split(",") if r.strip()]
            if names in ([], ["none"], ["-"]):
                roles = set()
            else:
                unknown = [r for r in names if r not in ROLES]
                if unknown:
                    problems.append(f"{at}: unknown role(s) {', '.join(unknown)} (known: {', '.join(ROLES)})")
                roles = set(names)
        if route in routes:
            problems.append(f"{at}: {route} is listed twice (also {routes[route][1]})")
            continue
        routes[route] = (roles, at)
    return routes, problems


def compare_routes(documented, served):
    """Problems as (location, message), documented routes' locations first."""
    out = []
    for route in sorted(documented):
        roles, where = documented[route]
        if route not in served:
            out.append((where, f"{route} is documented but not served"))
            continue
        served_roles, at = served[route]
        if served_roles is not None and roles is not None and served_roles != roles:
            out.append((where, f"x-roles are {format_roles(roles)} but the server allows "
                               f"{format_roles(served_roles)} ({at})"))
    for route in sorted(set(served) - set(documented)):
        out.append((f"route {route}", f"served ({served[route][1]}) but not documented"))
    return out


URN = re.compile(r"urn:controltower:problem:([a-z][a-z-]*)")
LITERAL = re.compile(r'"([^"\\]*)"')
# make(<request>, <status>, <slug>, ...: the status and the slug argument, which may be ternaries.
MAKE_CALL = re.compile(r'\bmake\(\s*[^,()]+,\s*([^,()]+),\s*((?:"[^"]*"|[^,"()])+),')
STATUS = re.compile(r"^\s*(?:[^?]+\?\s*(\d{3})\s*:\s*(\d{3})|(\d{3}))\s*$")
TABLE_ROW = re.compile(r"^\|\s*(\d{3})\s*\|\s*`([a-z][a-z-]*)`\s*\|", re.M)
SOURCE_SUFFIXES = (".cpp", ".h", ".hpp", ".cc")


def code_problem_types(roots):
    """{slug: ({statuses}, "file:line" of its first use)} from the C++ sources below `roots`."""
    found = {}

    def add(slug, status, where):
        statuses, first = found.setdefault(slug, (set(), where))
        if status:
            statuses.add(int(status))

    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                for match in MAKE_CALL.finditer(text):
                    where = f"{path}:{text.count(chr(10), 0, match.start()) + 1}"
                    slugs = LITERAL.findall(match.group(2))
                    status = STATUS.match(match.group(1))
                    statuses = [None] * len(slugs)
                    if status and status.group(3):
                        statuses = [status.group(3)] * len(slugs)
                    elif status and len(slugs) == 2:
                        statuses = [status.group(1), status.group(2)]
                    for slug, code in zip(slugs, statuses):
                        add(slug, code, where)
                for match in URN.finditer(text):
                    add(match.group(1), None, f"{path}:{text.count(chr(10), 0, match.start()) + 1}")
    return found


def check_problem_types(doc, text, code):
    """Problems as (location, message): the document's problem types against `code`."""
    out = []
    where_list = "components.schemas.Problem.properties.type"
    problem_type = (((doc.get("components") or {}).get("schemas") or {}).get("Problem") or {})
    problem_type = ((problem_type.get("properties") or {}).get("type") or {}) if isinstance(problem_type, dict) else {}
    listed = set(re.findall(r"`([a-z][a-z-]*)`", str(problem_type.get("description") or "")))
    if not listed:
        return [(where_list, "its description must list the problem slugs, each in backquotes")]
    info = str((doc.get("info") or {}).get("description") or "")
    table = {}
    for status, slug in TABLE_ROW.findall(info):
        table.setdefault(slug, set()).add(int(status))
    for slug in sorted(set(code) - listed):
        out.append((where_list, f"`{slug}` is sent by the server ({code[slug][1]}) but not listed"))
    for slug in sorted(listed - set(code)):
        out.append((where_list, f"`{slug}` is listed but the server never sends it"))
    for slug in sorted(set(code) - set(table)):
        out.append(("info.description", f"the problem table has no row for `{slug}` ({code[slug][1]})"))
    for slug in sorted(set(table) - set(code)):
        out.append(("info.description", f"the problem table has a row for `{slug}`, which the server never sends"))
    for slug in sorted(set(table) & set(code)):
        statuses = code[slug][0]
        if statuses and table[slug] != statuses:
            out.append(("info.description", f"the problem table gives `{slug}` status "
                                            f"{', '.join(map(str, sorted(table[slug])))}; the server sends "
                                            f"{', '.join(map(str, sorted(statuses)))} ({code[slug][1]})"))
    for number, line in enumerate(text.splitlines(), 1):
        for slug in URN.findall(line):
            if slug not in code:
                out.append((f"line {number}", f"urn:controltower:problem:{slug} is a type the server never sends"))
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("doc", nargs="?", help=f"the OpenAPI document (default: {DEFAULT_DOC})")
    parser.add_argument("--routes", metavar="FILE", help="the server's routes, one 'METHOD /v1/path' a line")
    parser.add_argument("--print-routes", action="store_true", help="print the document's routes and exit")
    parser.add_argument("--sources", metavar="DIR", action="append",
                        help="C++ sources whose problem types the document must list (repeatable)")
    args = parser.parse_args(argv)

    label = args.doc or DEFAULT_DOC
    path = args.doc or os.path.join(REPO_ROOT, DEFAULT_DOC)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        doc, duplicates = load_text(text)
    except OSError as e:
        print(f"{label}: cannot read: {e.strerror}")
        return 1
    except yaml.YAMLError as e:
        print(f"{label}: not valid YAML: {' '.join(str(e).split())}")
        return 1

    checker = Checker(doc, duplicates)
    if args.print_routes:
        for route, (roles, _) in sorted(checker.routes().items()):
            print(f"{route}\t{format_roles(roles or set())}")
        return 0

    problems = [f"{label}: {where}: {message}" for where, message in checker.run()]
    if args.routes:
        try:
            with open(args.routes, encoding="utf-8") as f:
                served, file_problems = parse_routes(f.read(), args.routes)
        except OSError as e:
            print(f"{args.routes}: cannot read: {e.strerror}")
            return 1
        problems += file_problems
        problems += [f"{label}: {where}: {message}"
                     for where, message in compare_routes(checker.routes(), served)]
    if args.sources and isinstance(doc, dict):
        missing = [d for d in args.sources if not os.path.isdir(d)]
        if missing:
            print(f"--sources: no such folder: {', '.join(missing)}")
            return 2
        problems += [f"{label}: {where}: {message}"
                     for where, message in check_problem_types(doc, text, code_problem_types(args.sources))]
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
