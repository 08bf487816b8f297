# SyntaxError report: invalid syntax in an f-string after a non-ASCII character
y = f"é{a b}"
