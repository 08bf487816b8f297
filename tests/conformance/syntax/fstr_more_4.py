# SyntaxError report: an f-string field ending in an operator
y = f"{a +}"
