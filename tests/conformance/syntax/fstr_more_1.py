# SyntaxError report: an f-string field with two names, on line 3 inside an if block
x = 1
if x:
    y = f"ab {a b} c"
