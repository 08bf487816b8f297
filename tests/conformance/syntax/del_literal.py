# SyntaxError report: deleting a literal
del 1
