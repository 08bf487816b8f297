# SyntaxError report: a line continuation at the very end of the file, without a newline
x = 1 + \