# SyntaxError report: an operator with nothing after it: the caret at the end of the line
x = 1 +
