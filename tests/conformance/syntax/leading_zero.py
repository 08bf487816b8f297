# SyntaxError report: a decimal literal with a leading zero
x = 012
