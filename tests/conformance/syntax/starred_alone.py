# SyntaxError report: a starred expression as a whole assignment value
x = *a
