# SyntaxError report: assigning to yield
yield = 1
