# SyntaxError report: a later syntax error makes CPython's second pass read an earlier match(x) call as a match header
match = print
match(1)
x = (1 +)
