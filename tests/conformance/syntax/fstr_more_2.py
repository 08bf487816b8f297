# SyntaxError report: an empty f-string field inside a call: the caret under the closing bracket
print(f"{}")
