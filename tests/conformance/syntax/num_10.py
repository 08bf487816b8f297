# SyntaxError report: a float with a trailing exponent letter
x = 1.e
