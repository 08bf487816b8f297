# SyntaxError report: an indented line where none is expected: IndentationError without a caret
x = 1
    y = 2
