# SyntaxError report: '=' instead of '==' in an if condition: carets from the name to the value
if x = 3:
    pass
