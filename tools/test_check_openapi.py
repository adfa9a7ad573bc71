# SPDX-License-Identifier: MIT
"""Self-test of tools/check_openapi.py: python3 -m unittest tools/test_check_openapi.py"""

import contextlib
import copy
import io
import os
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_openapi  # noqa: E402

# The smallest document that passes: an unauthenticated GET, an authenticated GET and one edit op.
GOOD = textwrap.dedent("""\
    openapi: 3.0.3
    info: {title: t, version: '1'}
    servers: [{url: /v1}]
    security: [{bearerAuth: []}]
    paths:
      /health:
        get:
          operationId: getHealth
          security: []
          x-roles: []
          responses: {'200': {description: ok}}
      /things/{id}:
        get:
          operationId: getThing
          x-roles: [agent, manager, analyst, admin]
          parameters: [{$ref: '#/components/parameters/Id'}]
          responses:
            '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
            '404': {$ref: '#/components/responses/NotFound'}
      /things/{id}/refund:
        post:
          operationId: refundThing
          x-roles: [manager, admin]
          parameters:
            - {$ref: '#/components/parameters/Id'}
            - {name: If-Match, in: header, required: true, schema: {type: string}}
            - {name: Idempotency-Key, in: header, required: true, schema: {type: string}}
          responses:
            '200': {description: ok}
            '412': {description: stale}
            '422': {description: key reused}
            '428': {description: no If-Match}
    components:
      securitySchemes: {bearerAuth: {type: http, scheme: bearer}}
      parameters:
        Id: {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        NotFound: {description: not found}
      schemas:
        Thing: {type: object, properties: {id: {type: integer}}}
    """)

GOOD_ROUTES = textwrap.dedent("""\
    # method path<TAB>roles
    GET /v1/health\tnone
    GET /v1/things/{id}\tagent,manager,analyst,admin
    POST /v1/things/{id}/refund\tmanager,admin
    """)


def problems(text):
    doc, duplicates = check_openapi.load_text(text)
    return [f"{where}: {message}" for where, message in check_openapi.Checker(doc, duplicates).run()]


def edited(change):
    """GOOD, loaded, changed by `change(doc)`, dumped again."""
    doc, _ = check_openapi.load_text(GOOD)
    doc = copy.deepcopy(doc)
    change(doc)
    import yaml
    return yaml.safe_dump(doc, sort_keys=False)


def run_main(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = check_openapi.main(list(args))
    return status, out.getvalue().splitlines()


class StructureTest(unittest.TestCase):
    def test_good_document_passes(self):
        self.assertEqual(problems(GOOD), [])

    def test_openapi_version(self):
        self.assertIn("openapi: must be 3.0.x (is '3.1.0')",
                      problems(GOOD.replace("openapi: 3.0.3", "openapi: 3.1.0")))

    def test_broken_ref(self):
        text = GOOD.replace("#/components/schemas/Thing", "#/components/schemas/Thingy")
        self.assertEqual(problems(text), [
            "paths./v1/things/{id}.get.responses.200.content.application/json.schema.$ref: "
            "'#/components/schemas/Thingy' does not resolve"])

    def test_ref_to_the_wrong_kind(self):
        text = GOOD.replace("'404': {$ref: '#/components/responses/NotFound'}",
                            "'404': {$ref: '#/components/schemas/Thing'}")
        self.assertEqual(problems(text), [
            "paths./v1/things/{id}.get.responses.404.$ref: "
            "'#/components/schemas/Thing' should name a component of components.responses"])

    def test_ref_inside_an_example_is_data(self):
        text = edited(lambda d: d["components"]["schemas"]["Thing"].update(example={"$ref": "#/nowhere"}))
        self.assertEqual(problems(text), [])

    def test_missing_roles(self):
        text = edited(lambda d: d["paths"]["/things/{id}"]["get"].pop("x-roles"))
        self.assertEqual(problems(text), ["paths./v1/things/{id}.get: missing x-roles"])

    def test_unknown_role(self):
        text = GOOD.replace("x-roles: [manager, admin]", "x-roles: [manager, root]")
        self.assertEqual(problems(text), [
            "paths./v1/things/{id}/refund.post: unknown role(s) in x-roles: root "
            "(known: agent, manager, analyst, admin)"])

    def test_security_must_match_roles(self):
        # Roles but no authentication.
        text = edited(lambda d: d["paths"]["/things/{id}"]["get"].update(security=[]))
        self.assertEqual(problems(text), [
            "paths./v1/things/{id}.get: x-roles names roles but security lets requests in without authentication"])
        # No roles but authentication (the global security applies).
        text = edited(lambda d: d["paths"]["/health"]["get"].pop("security"))
        self.assertEqual(problems(text), [
            "paths./v1/health.get: x-roles is empty (no authentication) but security requires it; use security: []"])
        # An undefined scheme.
        text = edited(lambda d: d["paths"]["/things/{id}"]["get"].update(security=[{"apiKey": []}]))
        self.assertEqual(problems(text), [
            "paths./v1/things/{id}.get: security scheme 'apiKey' is not defined in components.securitySchemes"])

    def test_operation_id_missing_and_duplicate(self):
        text = GOOD.replace("operationId: refundThing", "operationId: getThing")
        self.assertEqual(problems(text), [
            "paths./v1/things/{id}/refund.post: operationId 'getThing' is also used by paths./v1/things/{id}.get"])
        text = edited(lambda d: d["paths"]["/health"]["get"].pop("operationId"))
        self.assertEqual(problems(text), ["paths./v1/health.get: missing operationId"])

    def test_needs_a_2xx_response(self):
        text = edited(lambda d: d["paths"]["/health"]["get"].update(responses={"500": {"description": "x"}}))
        self.assertEqual(problems(text), ["paths./v1/health.get: no 2xx response"])

    def test_path_parameters(self):
        text = edited(lambda d: d["paths"]["/things/{id}"]["get"].pop("parameters"))
        self.assertEqual(problems(text), [
            "paths./v1/things/{id}.get: path parameter {id} is not declared (parameters, in: path)"])
        text = edited(lambda d: d["paths"]["/health"]["get"].update(
            parameters=[{"name": "x", "in": "path", "required": True, "schema": {"type": "string"}}]))
        self.assertEqual(problems(text), [
            "paths./v1/health.get: parameter 'x' is declared in: path but the path has no {x}"])

    def test_edit_op_headers_and_responses(self):
        def drop(d):
            op = d["paths"]["/things/{id}/refund"]["post"]
            op["parameters"] = op["parameters"][:2]  # no Idempotency-Key
            op["parameters"][1]["required"] = False  # optional If-Match
            del op["responses"]["428"]
        self.assertEqual(problems(edited(drop)), [
            "paths./v1/things/{id}/refund.post: edit op: header If-Match must have required: true",
            "paths./v1/things/{id}/refund.post: edit op: missing header parameter Idempotency-Key",
            "paths./v1/things/{id}/refund.post: edit op: no 428 response"])

    def test_duplicate_yaml_key(self):
        text = GOOD.replace("  /things/{id}/refund:", "  /things/{id}:")
        self.assertEqual(problems(text), ["line 20: duplicate key '/things/{id}' (the last one wins; merge them)"])


class RoutesTest(unittest.TestCase):
    def compare(self, routes_text):
        doc, _ = check_openapi.load_text(GOOD)
        served, file_problems = check_openapi.parse_routes(routes_text, "routes.txt")
        documented = check_openapi.Checker(doc).routes()
        return file_problems + [f"{w}: {m}" for w, m in check_openapi.compare_routes(documented, served)]

    def test_same_routes(self):
        self.assertEqual(self.compare(GOOD_ROUTES), [])
        # Without roles, and with other parameter names: still the same routes.
        self.assertEqual(self.compare("GET /v1/health\nGET /v1/things/{thing}\npost /v1/things/{x}/refund\n"), [])

    def test_route_mismatch(self):
        text = GOOD_ROUTES.replace("POST /v1/things/{id}/refund", "POST /v1/things/{id}/refunds")
        self.assertEqual(self.compare(text), [
            "paths./v1/things/{id}/refund.post: POST /v1/things/{id}/refund is documented but not served",
            "route POST /v1/things/{id}/refunds: served (routes.txt:4) but not documented"])

    def test_role_mismatch(self):
        text = GOOD_ROUTES.replace("refund\tmanager,admin", "refund\tagent,manager,admin")
        self.assertEqual(self.compare(text), [
            "paths./v1/things/{id}/refund.post: x-roles are manager,admin but the server allows "
            "agent,manager,admin (routes.txt:4)"])
        text = GOOD_ROUTES.replace("health\tnone", "health\tadmin")
        self.assertEqual(self.compare(text), [
            "paths./v1/health.get: x-roles are none but the server allows admin (routes.txt:2)"])

    def test_bad_route_lines(self):
        self.assertEqual(self.compare(GOOD_ROUTES + "GET\nGET /v1/health\tnone\nGET /v1/me\tboss\n"), [
            "routes.txt:5: expected 'METHOD /path' (and optionally a tab and roles), got 'GET'",
            "routes.txt:6: GET /v1/health is listed twice (also routes.txt:2)",
            "routes.txt:7: unknown role(s) boss (known: agent, manager, analyst, admin)",
            "route GET /v1/me: served (routes.txt:7) but not documented"])


# A document that lists its problem types, and code that sends them.
TYPED = GOOD.replace("info: {title: t, version: '1'}\n", textwrap.dedent("""\
    info:
      title: t
      version: '1'
      description: |
        | status | slug | when |
        |---|---|---|
        | 400 | `validation` | bad input |
        | 409 | `conflict` | exists |
    """)).replace("    Thing: {type: object, properties: {id: {type: integer}}}\n", """\
    Thing: {type: object, properties: {id: {type: integer}}}
    Problem:
      type: object
      properties:
        type: {type: string, description: 'Slugs: `validation`, `conflict`.',
               example: 'urn:controltower:problem:validation'}
""")
assert TYPED.count("Problem:") == 1 and TYPED.count("`conflict`") == 2

TYPED_CODE = textwrap.dedent("""\
    ApiReply f(const ApiRequest &request, bool exists) {
        return Problem::make(request, exists ? 409 : 400, exists ? "conflict" : "validation", error).reply();
    }
    """)


class ProblemTypesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def check(self, doc_text, code_text):
        with open(os.path.join(self.dir.name, "api.cpp"), "w", encoding="utf-8") as f:
            f.write(code_text)
        doc, _ = check_openapi.load_text(doc_text)
        code = check_openapi.code_problem_types([self.dir.name])
        return [f"{where}: {message}" for where, message in check_openapi.check_problem_types(doc, doc_text, code)]

    def test_code_slugs_and_statuses(self):
        code = TYPED_CODE + 'void g() { make(apiRequest, 503, "injected", QStringLiteral("x")); }\n' \
                            'const char *k = "urn:controltower:problem:teapot";\n'
        with open(os.path.join(self.dir.name, "api.cpp"), "w", encoding="utf-8") as f:
            f.write(code)
        found = check_openapi.code_problem_types([self.dir.name])
        self.assertEqual({slug: statuses for slug, (statuses, _) in found.items()},
                         {"conflict": {409}, "validation": {400}, "injected": {503}, "teapot": set()})
        self.assertTrue(found["injected"][1].endswith("api.cpp:4"))

    def test_documented_and_sent_agree(self):
        self.assertEqual(self.check(TYPED, TYPED_CODE), [])

    def test_slug_the_document_does_not_list(self):
        lines = self.check(TYPED.replace("`validation`, `conflict`", "`validation`").replace(
            "| 409 | `conflict` | exists |\n", ""), TYPED_CODE)
        self.assertEqual(len(lines), 2)
        self.assertTrue(lines[0].startswith("components.schemas.Problem.properties.type: `conflict` is sent by "
                                            "the server ("), lines[0])
        self.assertTrue(lines[1].startswith("info.description: the problem table has no row for `conflict`"), lines[1])

    def test_slug_the_code_never_sends(self):
        text = TYPED.replace("`validation`, `conflict`", "`validation`, `conflict`, `already-exists`").replace(
            "| 409 | `conflict` | exists |\n", "| 409 | `conflict` | exists |\n    | 409 | `already-exists` | x |\n"
        ).replace("example: 'urn:controltower:problem:validation'", "example: 'urn:controltower:problem:gone'")
        gone = next(i for i, line in enumerate(text.splitlines(), 1) if "problem:gone" in line)
        self.assertEqual(self.check(text, TYPED_CODE), [
            "components.schemas.Problem.properties.type: `already-exists` is listed but the server never sends it",
            "info.description: the problem table has a row for `already-exists`, which the server never sends",
            f"line {gone}: urn:controltower:problem:gone is a type the server never sends"])

    def test_wrong_status_in_the_table(self):
        lines = self.check(TYPED.replace("| 409 | `conflict`", "| 400 | `conflict`"), TYPED_CODE)
        self.assertEqual(len(lines), 1)
        self.assertTrue(lines[0].startswith("info.description: the problem table gives `conflict` status 400; "
                                            "the server sends 409"), lines[0])

    def test_no_list_of_slugs(self):
        self.assertEqual(self.check(GOOD, TYPED_CODE), [
            "components.schemas.Problem.properties.type: its description must list the problem slugs, each in "
            "backquotes"])


class CommandLineTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_exit_status_and_lines(self):
        doc = self.write("api.yaml", GOOD)
        routes = self.write("routes.txt", GOOD_ROUTES)
        self.assertEqual(run_main(doc, "--routes", routes), (0, []))
        bad = self.write("bad.yaml", GOOD.replace("      x-roles: []\n", ""))
        self.assertEqual(run_main(bad), (1, [f"{bad}: paths./v1/health.get: missing x-roles"]))

    def test_print_routes_reads_back_as_routes(self):
        doc = self.write("api.yaml", GOOD)
        status, lines = run_main(doc, "--print-routes")
        self.assertEqual(status, 0)
        self.assertEqual(lines, ["GET /v1/health\tnone",
                                 "GET /v1/things/{id}\tagent,manager,analyst,admin",
                                 "POST /v1/things/{id}/refund\tmanager,admin"])
        routes = self.write("routes.txt", "\n".join(lines) + "\n")
        self.assertEqual(run_main(doc, "--routes", routes), (0, []))

    def test_unreadable_documents(self):
        self.assertEqual(run_main(os.path.join(self.dir.name, "missing.yaml"))[0], 1)
        status, lines = run_main(self.write("broken.yaml", "openapi: [3.0.3\n"))
        self.assertEqual(status, 1)
        self.assertTrue(lines[0].endswith("not valid YAML: " + lines[0].split("not valid YAML: ")[1]))

    def test_the_projects_document_passes(self):
        self.assertEqual(run_main(), (0, []))

    def test_sources_option(self):
        doc = self.write("api.yaml", TYPED)
        code = os.path.join(self.dir.name, "src")
        os.mkdir(code)
        with open(os.path.join(code, "a.cpp"), "w", encoding="utf-8") as f:
            f.write(TYPED_CODE)
        self.assertEqual(run_main(doc, "--sources", code), (0, []))
        status, lines = run_main(doc, "--sources", code, "--sources", os.path.join(self.dir.name, "nowhere"))
        self.assertEqual(status, 2)
        with open(os.path.join(code, "b.cpp"), "w", encoding="utf-8") as f:
            f.write('auto p = Problem::make(request, 418, "teapot", {});\n')
        status, lines = run_main(doc, "--sources", code)
        self.assertEqual(status, 1)
        self.assertEqual(len(lines), 2)
        self.assertIn("`teapot` is sent by the server", lines[0])


if __name__ == "__main__":
    unittest.main()
