# SyntaxError report: a '#' in an f-string expression
y = f"{#}"
