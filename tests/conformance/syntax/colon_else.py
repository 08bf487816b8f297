# SyntaxError report: a missing ':' after else
if x:
    pass
else
    pass
