# SyntaxError report: a dedent to a column no block started at: the caret past the end of the line
if 1:
        x = 1
    y = 2
