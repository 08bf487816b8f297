# SyntaxError report: an assignment to a call inside an f-string field
f"{f() = 3}"
