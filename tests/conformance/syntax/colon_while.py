# SyntaxError report: a missing ':' after a while header
while True
    pass
