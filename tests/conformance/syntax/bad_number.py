# SyntaxError report: a decimal literal ending with an underscore
x = 1_
