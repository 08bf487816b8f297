# SyntaxError report: a positional argument after **kwargs
f(**k, 2)
