# SyntaxError report: a bad conversion character in an f-string
f"{x!z}"
