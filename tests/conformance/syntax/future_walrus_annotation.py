# SyntaxError report: a walrus in an annotation under the annotations future
from __future__ import annotations
def f(x: (y := 3)):
    pass
