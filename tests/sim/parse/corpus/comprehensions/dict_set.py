a = {k: v for k, v in items}
b = {x for x in y}
c = {k: v for k in a for v in b if k != v}
d = {x: x ** 2 for x in range(5) if x % 2}
