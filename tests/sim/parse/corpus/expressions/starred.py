a = [*x, *y]
b = (*x, 1)
c = {*x, 2}
d = *x, *y
first, *rest = items
*init, last = items
a, (b, *c), d = nested
f(*x)
