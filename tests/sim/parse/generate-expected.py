"""Writes <name>.expected.json next to every parser corpus and error program, using this python3 (3.11) as the oracle.

Run: python3 tests/sim/parse/generate-expected.py
Formats (see /work/notes/shared-contracts.md): corpus/**.py -> {"ast": ast.dump(ast.parse(src))};
errors/**.py -> {"syntaxError": {"type", "msg", "lineno"}} from compile(), never executed.
The conformance script (scripts/conformance-update.mjs) writes the same formats once it exists.
"""
import ast
import json
import pathlib
import sys

assert sys.version_info[:2] == (3, 11), "the oracle must be CPython 3.11"
root = pathlib.Path(__file__).parent


def write(py: pathlib.Path, data: dict) -> None:
    out = py.with_name(py.stem + ".expected.json")
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


for py in sorted((root / "corpus").rglob("*.py")):
    source = py.read_text(encoding="utf-8")
    write(py, {"ast": ast.dump(ast.parse(source))})

for py in sorted((root / "errors").rglob("*.py")):
    source = py.read_text(encoding="utf-8")
    try:
        compile(source, str(py), "exec")
    except SyntaxError as e:
        write(py, {"syntaxError": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno}})
    else:
        raise SystemExit(f"{py} compiles; an error program must not")
