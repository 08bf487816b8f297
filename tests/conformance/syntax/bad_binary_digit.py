# SyntaxError report: a digit 2 in a binary literal
x = 0b12
