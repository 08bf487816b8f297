# SyntaxError report: a line continuation followed only by a newline at the end of the file
x = 1 + \
