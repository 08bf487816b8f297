# SyntaxError report: invalid syntax after a non-ASCII name: the caret counts bytes
café = 1 2
