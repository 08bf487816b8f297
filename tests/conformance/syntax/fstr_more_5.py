# SyntaxError report: an f-string field with two names, in a conditional expression
y = f"{a b}" if x else 2
