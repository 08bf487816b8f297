# SyntaxError report: deleting a call
del f()
