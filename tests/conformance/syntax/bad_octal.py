# SyntaxError report: a digit 9 in an octal literal
x = 0o9
