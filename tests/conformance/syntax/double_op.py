# SyntaxError report: two operators in a row
x = 1 + * 2
