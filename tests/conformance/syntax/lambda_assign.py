# SyntaxError report: assigning to a lambda (no '==' hint: a lambda is not a bitwise_or)
lambda: 1 = 2
