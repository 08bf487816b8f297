# SyntaxError report: a float with an exponent letter and no digits
x = 1.5e
