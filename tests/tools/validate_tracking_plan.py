#!/usr/bin/env python3
"""Validates RudderStack messages (one JSON object a line) against a JSON array of JSON Schemas
(draft 2020-12), each chosen by its title, the message's `event`: the independent check of
`actiondeck catalog --json-schema`. Exits 1 naming the first invalid message, 2 for a message
no schema is titled for or a schema that is not a valid draft 2020-12 schema."""
import json
import sys

from jsonschema import Draft202012Validator, FormatChecker


def main(schemas_path, messages_path):
    with open(schemas_path, encoding="utf-8") as f:
        schemas = json.load(f)
    validators = {}
    for schema in schemas:
        Draft202012Validator.check_schema(schema)
        validators[schema["title"]] = Draft202012Validator(schema, format_checker=FormatChecker())
    count = 0
    with open(messages_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            message = json.loads(line)
            validator = validators.get(message.get("event"))
            if validator is None:
                print(f"line {number}: no schema for event {message.get('event')!r}")
                return 2
            error = next(iter(validator.iter_errors(message)), None)
            if error is not None:
                path = "/".join(str(p) for p in error.absolute_path)
                print(f"line {number}: {message.get('event')} at /{path}: {error.message}")
                return 1
            count += 1
    print(f"{count} messages valid against {len(validators)} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
