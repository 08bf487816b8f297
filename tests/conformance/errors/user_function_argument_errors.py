# a missing keyword-only argument and a missing positional one
def area(w, h, *, unit):
    return f"{w*h} {unit}"

try:
    area(2, 3)
except TypeError as e:
    print(e)
try:
    area(2, unit="m")
except TypeError as e:
    print(e)
try:
    area(unit="m")
except TypeError as e:
    print(e)
try:
    area(2, 3, 4, unit="m")
except TypeError as e:
    print(e)
try:
    area(2, 3, unit="m", color="red")
except TypeError as e:
    print(e)
try:
    area(2, 3, w=4, unit="m")
except TypeError as e:
    print(e)
def f(a, b, /, c):
    pass
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
def g(a, b=1, *, c, d=2, e):
    pass
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, c=1, e=2)
except TypeError as e:
    print(e)
area(1, 2, units="cm")
