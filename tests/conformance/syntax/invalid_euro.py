# SyntaxError report: a non-ASCII symbol in an expression
x = 1 € 2
