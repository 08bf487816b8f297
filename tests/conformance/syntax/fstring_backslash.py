# SyntaxError report: a backslash in an f-string expression
f"{\"a\"}"
