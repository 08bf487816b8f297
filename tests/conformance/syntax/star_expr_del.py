# SyntaxError report: deleting a tuple with a starred element
del (a, *b)
