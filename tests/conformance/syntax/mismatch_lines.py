# SyntaxError report: a closing bracket of the wrong kind on a later line ('on line N')
x = (1,
2]
