total = sum(x * x for x in range(10))
any(c.isdigit() for c in s if c)
g = (x for x in y)
h = list((a, b) for a in x for b in y)
