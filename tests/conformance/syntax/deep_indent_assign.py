# SyntaxError report: assigning to a call on a deeply indented line
if 1:
    if 2:
            f() = 1
