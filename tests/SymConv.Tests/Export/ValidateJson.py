# Validates JSON documents against a JSON Schema (draft 2020-12) with the jsonschema package:
# python3 ValidateJson.py SCHEMA DOCUMENT...  Prints "valid" or every error with its path.
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for path in sys.argv[2:]:
    document = json.load(open(path, encoding="utf-8"))
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        failed = True
        print(f"{path}: at /{'/'.join(str(p) for p in error.absolute_path)}: {error.message[:300]}")
print("invalid" if failed else "valid")
sys.exit(1 if failed else 0)
