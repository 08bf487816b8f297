# SyntaxError report: 'continue' outside a loop
if x:
    continue
