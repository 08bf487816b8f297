# generator half-way: locals held, gi_frame.f_locals, close frees, refcount of yielded value
import sys
def numbers(data):
    total = 0
    for x in data:
        total += x
        yield total
data = [1, 2, 3]
g = numbers(data)
print(sys.getrefcount(data))
print(next(g), next(g))
print(g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
print(sys.getrefcount(data))
g.close()
print(sys.getrefcount(data), g.gi_frame)
g2 = numbers(data)
print(sys.getrefcount(data))
del g2
print(sys.getrefcount(data))
def pairs():
    yield [1]
    yield [2]
p = pairs()
v = next(p)
print(sys.getrefcount(v))
print(p.gi_code.co_name, p.gi_running)
def bad():
    yield 1
    1 / 0
b = bad()
next(b)
try:
    next(b)
except ZeroDivisionError as e:
    print("err", e)
print(b.gi_frame, list(b))
