# SyntaxError report: assigning to a call in a chain of assignments: no '==' hint
x = f() = 3
