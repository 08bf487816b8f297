# SyntaxError report: an unparenthesized generator expression among other arguments
f(x for x in y, 1)
