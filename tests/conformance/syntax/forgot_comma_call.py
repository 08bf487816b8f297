# SyntaxError report: two arguments without a comma: the carets cover both
f(a b)
