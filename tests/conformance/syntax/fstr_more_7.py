# SyntaxError report: invalid syntax in an f-string's nested format spec field
y = f"{x:{a b}}"
