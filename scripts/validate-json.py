#!/usr/bin/env python3
"""Validates JSON files against docs/netplan.schema.json (JSON Schema draft 2020-12).

Usage: scripts/validate-json.py FILE.json...
Exits 1 and names the file and the failing path when one does not validate.
"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((root / "docs" / "netplan.schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failed = False
for name in sys.argv[1:]:
    document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        failed = True
        path = "/".join(str(p) for p in error.path)
        print(f"{name}: /{path}: {error.message}", file=sys.stderr)
    if not errors:
        print(f"{name}: valid")
sys.exit(1 if failed else 0)
