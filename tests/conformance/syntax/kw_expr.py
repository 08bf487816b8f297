# SyntaxError report: an attribute as a keyword argument name: carets up to the '='
f(a.b=1)
