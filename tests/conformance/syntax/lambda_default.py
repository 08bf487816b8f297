# SyntaxError report: a lambda parameter without default after one with a default
lambda a=1, b: 0
