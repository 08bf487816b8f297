# SyntaxError report: two commas in a row in a list
x = [1, 2,, 3]
