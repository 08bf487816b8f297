# SyntaxError report: two starred targets in one assignment
a, *b, *c = d
