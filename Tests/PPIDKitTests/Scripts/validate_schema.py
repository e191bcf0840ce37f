#!/usr/bin/env python3
"""Validates YAML content files against ppid's JSON Schema with the real `jsonschema` library.

    validate_schema.py SCHEMA.json FILE.yml [FILE.yml ...]

Dates stay text, as in ppid (YAML timestamps are not resolved). Prints one line per invalid
file and exits 1 if any file is invalid.
"""
import json
import sys

import jsonschema
import yaml


class TextDateLoader(yaml.SafeLoader):
    pass


TextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main(argv):
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for path in argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=TextDateLoader)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        for error in errors:
            failed = True
            print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
