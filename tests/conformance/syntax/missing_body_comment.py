# SyntaxError report: a def header followed only by a comment and a blank line
def f():
# c

