# SyntaxError report: a positional expression after a keyword argument
f(a=1, b + c)
