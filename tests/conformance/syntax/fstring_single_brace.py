# SyntaxError report: a single '}' in an f-string
f"}"
