# SyntaxError report: invalid syntax on a line with a non-ASCII name: the caret counts bytes
é = 1 2
