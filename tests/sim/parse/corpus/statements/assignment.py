x = 1
x = y = z = 0
a, b = 1, 2
(a, b) = [c, d] = e
[a, b] = t
obj.attr = 1
lst[0] = 2
lst[1:2] = [3]
d['k'] = v
x = yield_value = 3
