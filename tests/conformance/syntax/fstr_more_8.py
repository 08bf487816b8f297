# SyntaxError report: an '=' with spaces inside an f-string field
y = f"{1 = 2}"
