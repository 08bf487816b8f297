# SyntaxError report: a '!' with no conversion character
y = f"{x!}"
