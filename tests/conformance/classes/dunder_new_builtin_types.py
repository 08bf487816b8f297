# The builtin types' own __new__ (tp_new_wrapper): int, str, tuple, frozenset build from arguments, list and dict start empty
print(int.__new__(int, "12") + 1, int.__new__(int), float.__new__(float, "1.5"))
print(str.__new__(str, 5) + "!", bool.__new__(bool, [0]))
print(tuple.__new__(tuple, [1, 2]), sorted(frozenset.__new__(frozenset, [3, 1])))
print(list.__new__(list, [1, 2]), dict.__new__(dict), set.__new__(set, [1]))
print(range.__new__(range, 3), slice.__new__(slice, 1, 2))
print(int.__new__ is object.__new__, int.__new__ is int.__new__, type(int.__new__).__name__)
print(object.__new__(object).__class__.__name__)
e = KeyError.__new__(KeyError, "k", 2)
print(repr(e), e.args)

def attempt(label, f):
    try:
        print(label, "->", f())
    except TypeError as err:
        print(label, "-> TypeError:", err)

attempt("int.__new__(bool)", lambda: int.__new__(bool))
attempt("int.__new__(str)", lambda: int.__new__(str))
attempt("tuple.__new__()", lambda: tuple.__new__())
attempt("tuple.__new__([])", lambda: tuple.__new__([]))
attempt("list.__new__(tuple)", lambda: list.__new__(tuple))
attempt("ValueError.__new__(object)", lambda: ValueError.__new__(object))

class MyError(Exception):
    def __new__(cls, *args):
        print("MyError.__new__", args)
        return super().__new__(cls, *args)

try:
    raise MyError(1, 2)
except MyError as err:
    print("caught", err.args)

class Plain(Exception):
    pass

attempt("Plain(x=1)", lambda: Plain(x=1))
attempt("Plain(1)", lambda: Plain(1).args)
