# types.MethodType reached as type(obj.method): calling it binds any callable to any object, with method_new's errors
import sys


class Greeter:
    def hello(self):
        return "hello"


MethodType = type(Greeter().hello)
print(MethodType.__name__)


def describe(self, suffix):
    return f"{type(self).__name__}:{self}{suffix}"


target = [1, 2]
bound = MethodType(describe, target)
print(bound("!"), bound.__self__ is target, bound.__func__ is describe)
print(sys.getrefcount(target), sys.getrefcount(bound))
print(bound == MethodType(describe, target), bound == MethodType(describe, [1, 2]))
print(MethodType(len, "abc")())
print(MethodType(Greeter, 5).__func__ is Greeter)

for args, kwargs in [((describe, None), {}), ((42, target), {}), ((describe,), {}), ((describe, 1, 2), {}), ((describe, 1), {"x": 1})]:
    try:
        MethodType(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
