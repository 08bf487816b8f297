# SyntaxError report: a keyword argument given twice among others
print(sep="", end="", sep="x")
