# SyntaxError report: assigning to a number literal
1 = x
