# SyntaxError report: letters after a binary literal's digits
x = 0b1a
