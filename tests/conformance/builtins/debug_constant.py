# __debug__ reads as True (python3 without -O): the AST optimizer folds it into a constant, never a name looked up
if __debug__:
    print("debug on")
print(__debug__, not __debug__, (__debug__, 1), [__debug__] * 2)
def f():
    return __debug__
print(f(), f.__code__.co_names)
def g(flag=__debug__):
    return flag
print(g())
class C:
    on = __debug__
print(C.on, "__debug__" in dir(C))
a = type("A", (), {})()
setattr(a, "__debug__", 5)
print(getattr(a, "__debug__"), a.__debug__)
assert __debug__, "never raised"
