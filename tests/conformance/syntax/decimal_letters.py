# SyntaxError report: letters right after a decimal literal
x = 12abc
