# SyntaxError report: an underscore followed by a letter in a decimal literal
x = 1_a
