# SyntaxError report: an f-string field without its closing brace
f"{x"
