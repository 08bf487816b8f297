# SyntaxError report: invalid syntax inside an f-string field: CPython shows the expression it parsed on its own, in parentheses
f"{a b}"
