# SyntaxError report: two dots in a row in an attribute
x = a..b
