# SyntaxError report: elif with no if
x = 1
elif y:
    pass
