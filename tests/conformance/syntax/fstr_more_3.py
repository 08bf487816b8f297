# SyntaxError report: an f-string error followed by an operator: the caret under the operator
z = f"{x!z}" + f"{}"
