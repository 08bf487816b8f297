# SyntaxError report: a conditional expression without else: carets from the value to the condition
x = 1 if y
