del x
del x, y
del obj.attr
del lst[0]
del lst[1:2]
del (a, b), [c]
del (x)
