# SyntaxError report: assigning to None
None = 1
