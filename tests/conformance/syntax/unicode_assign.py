# SyntaxError report: assigning to a call of a non-ASCII name: carets count bytes
é() = 1
