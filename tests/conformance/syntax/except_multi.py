# SyntaxError report: except A, B without parentheses: carets under both types
try:
    pass
except A, B:
    pass
