# SyntaxError report: a character after a line continuation backslash
x = 1 \ 2
