# int's __index__/__int__/__trunc__/__floor__/__ceil__ and math.floor/ceil/trunc return an exact int itself (a bool's value as an int); str.__str__ and str.__format__ return the str; f.__globals__ is the module's globals
import math
i = 10**20
print(i.__index__() is i, i.__int__() is i, i.__trunc__() is i, i.__floor__() is i, i.__ceil__() is i)
print(True.__index__(), type(True.__int__()).__name__, (5).__trunc__(), (-3).__floor__(), (7).__ceil__())
print(math.floor(i) is i, math.trunc(i) is i, math.ceil(i) is i)
print(math.floor(True), type(math.floor(True)).__name__, math.trunc(False), math.ceil(-5))
s = "hello"
print(s.__str__() is s, s.__format__("") is s, s.__format__("<3") is s, s.__format__(">8"))
for a in [(5,), ()]:
    try:
        s.__format__(*a)
    except TypeError as e:
        print(e)
def f():
    pass
print(f.__globals__ is globals(), f.__globals__["f"] is f)
