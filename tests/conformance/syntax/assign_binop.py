# SyntaxError report: assigning to a binary operation: carets under the whole expression
a + b = 3
