# SyntaxError report: an unparenthesized generator expression with an if clause among other arguments
f(x for x in y if x, 1)
