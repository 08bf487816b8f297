# isinstance, issubclass and type with builtin and user classes.
class A: pass
class B(A): pass

print(isinstance(B(), A), isinstance(A(), B), isinstance(3, (str, int)), isinstance(True, int))
print(issubclass(B, A), issubclass(A, object), issubclass(bool, (str, int)))
print(type(3) is int, type(True) is int, type([]) == list)
print(type(1.0).__name__, type(range(1)).__name__, type(len).__name__)
