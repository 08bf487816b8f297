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


def positions(node, out):
    """Source ranges of every located node, depth first in _fields order (positions.test.ts walks the same way)."""
    if isinstance(node, ast.AST):
        if hasattr(node, "lineno"):
            out.append([type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset])
        for field in node._fields:
            positions(getattr(node, field), out)
    elif isinstance(node, list):
        for item in node:
            positions(item, out)
    return out


for py in sorted((root / "corpus").rglob("*.py")):
    source = py.read_text(encoding="utf-8")
    tree = ast.parse(source)
    write(py, {"ast": ast.dump(tree)})
    # Not part of the shared expected format: a parser-only check that every node's range matches CPython's.
    rows = ",\n".join(json.dumps(row, ensure_ascii=False) for row in positions(tree, []))
    py.with_name(py.stem + ".positions.json").write_text("[\n" + rows + "\n]\n", encoding="utf-8")

for py in sorted((root / "errors").rglob("*.py")):
    source = py.read_text(encoding="utf-8")
    try:
        compile(source, str(py), "exec")
    except SyntaxError as e:
        write(py, {"syntaxError": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno}})
    else:
        raise SystemExit(f"{py} compiles; an error program must not")
