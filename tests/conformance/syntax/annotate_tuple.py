# SyntaxError report: an annotation on a tuple: the caret under its first element
a, b: int
