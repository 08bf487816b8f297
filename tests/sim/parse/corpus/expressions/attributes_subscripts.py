a = obj.attr
b = obj.a.b.c
c = lst[0]
d = lst[-1]
e = m[1][2]
f = obj.method().attr[0]
g = d['key']
