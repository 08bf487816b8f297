# SyntaxError report: invalid syntax in the second of two concatenated f-strings
y = f"{a}" f"{b c}"
