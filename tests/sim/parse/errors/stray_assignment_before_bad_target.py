# The target `a or b` fails the statement; read again as a named expression, its start `x = a` is a stray `=`.
x = a or b = 4
