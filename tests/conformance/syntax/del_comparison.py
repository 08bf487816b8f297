# del of a comparison names it (invalid_del_stmt reads the targets as whole expressions).
x = 1
del x == x
