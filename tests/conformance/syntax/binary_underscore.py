# SyntaxError report: a binary literal ending with an underscore
x = 0b1_
