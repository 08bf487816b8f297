a = not x and y
b = not (x and y)
c = x or y and z
d = x and y and z or w
e = not not x
f = a or b or c
