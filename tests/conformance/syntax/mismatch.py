# SyntaxError report: a closing bracket of the wrong kind on the same line
x = (1, 2]
