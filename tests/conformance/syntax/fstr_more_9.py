# SyntaxError report: a lambda in an f-string field (its ':' starts the format spec)
y = f"{lambda x: 1}"
