# SyntaxError report: except A, B as e without parentheses
try:
    pass
except A, B as e:
    pass
