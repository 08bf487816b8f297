# Everyday identity puzzles: aliases, rebinding a parameter, [[]] * 3 shares one list, x = y = []
a = [1, 2]
b = a
c = a[:]
print(a is b, a is c, a == c)
def modify(x):
    x.append(3)
    return x
print(modify(a) is b, b)
def rebind(x):
    x = [0]
    return x
print(rebind(a) is a, a)
t = (a, a)
print(t[0] is t[1])
n = None
print(n is None, None is None, type(None)() is None)
print(... is Ellipsis, NotImplemented is NotImplemented)
x = y = []
x.append(1)
print(y, x is y)
m = [[]] * 3
m[0].append(1)
print(m, m[0] is m[2])
k = [[] for _ in range(3)]
k[0].append(1)
print(k, k[0] is k[2])
print(True is (1 == 1), bool(0) is False)
