# SyntaxError report: a non-ASCII character in a bytes literal: carets under the literal
x = b"é"
