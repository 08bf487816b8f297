# SyntaxError report: an octal prefix without digits
x = 0o
