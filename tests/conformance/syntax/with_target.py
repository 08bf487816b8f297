# SyntaxError report: a call as a with statement's target
with a as f():
    pass
