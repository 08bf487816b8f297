# del of a conditional expression names it (invalid_del_stmt reads the targets as whole expressions), with carets under it.
x = 1
del x, x if x else x
