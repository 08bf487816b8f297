# SyntaxError report: a missing ':' after an if header: one caret just past the condition
if x
    pass
