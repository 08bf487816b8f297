# SyntaxError report: an exponent without digits
x = 1e
