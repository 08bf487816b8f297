# SyntaxError report: three names side by side
x = a b c
