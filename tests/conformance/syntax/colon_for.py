# SyntaxError report: a missing ':' after a for header
for x in y
    pass
