# SyntaxError report: a future statement inside a function is misplaced too
def f():
    from __future__ import annotations
