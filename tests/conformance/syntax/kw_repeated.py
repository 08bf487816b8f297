# SyntaxError report: a keyword argument given twice: carets under the second
f(a=1, a=2)
