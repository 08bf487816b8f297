# SyntaxError report: a positional argument after a keyword argument: the caret at the closing bracket
f(a=1, 2)
