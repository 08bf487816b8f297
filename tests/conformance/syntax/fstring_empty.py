# SyntaxError report: an empty f-string field: the caret at the token after the string
f"{}"
