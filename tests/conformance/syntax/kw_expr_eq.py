# SyntaxError report: two '=' in a keyword argument
f(x=1=2)
