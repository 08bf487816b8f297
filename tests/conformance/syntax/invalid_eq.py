# SyntaxError report: an '=' inside parentheses after a comparison
x = (a == b = c)
