# SyntaxError report: a for header whose next line is not indented
for x in y:
z = (1,
 2)
