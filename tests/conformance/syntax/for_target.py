# SyntaxError report: a call as a for loop's target
for f() in x:
    pass
