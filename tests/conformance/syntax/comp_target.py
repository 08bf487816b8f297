# SyntaxError report: a call as a comprehension's target
[x for f() in y]
