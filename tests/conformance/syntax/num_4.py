# SyntaxError report: letters after an exponent's digits
x = 1e5x
