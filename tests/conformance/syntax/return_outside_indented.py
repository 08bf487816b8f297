# SyntaxError report: 'return' in an if block at module level
if x:
    return 1
