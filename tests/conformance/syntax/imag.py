# SyntaxError report: letters after an imaginary literal
x = 1jx
