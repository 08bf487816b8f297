# The builtin iterators' own __length_hint__ (listiter_len, rangeiter_len, longrangeiter_len...): what is left, as operator.length_hint and list() read it (a Py_ssize_t, so a longrange's past it is an OverflowError and a huge hint a MemoryError before any item).
import operator
for mk in (lambda: list(iter(range(10**20))), lambda: list(iter(range(10**12))), lambda: [].extend(iter(range(10**12)))):
    try:
        mk()
    except Exception as e:
        print(type(e).__name__, e)
it = iter(range(10**20))
print(it.__length_hint__(), operator.length_hint(iter(range(5))), operator.length_hint(iter(range(0, 10, 3))))
try:
    print(operator.length_hint(it))
except Exception as e:
    print(type(e).__name__, e)
try:
    iter([1]).__length_hint__(1)
except Exception as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
i = iter(l)
next(i)
print(i.__length_hint__())
l.clear()
print(i.__length_hint__())
print(list(i), i.__length_hint__())
s = iter('héllo')
next(s)
print(s.__length_hint__(), iter(b'ab').__length_hint__(), iter(bytearray(b'abc')).__length_hint__(), iter((1, 2)).__length_hint__())
r = iter(range(10, 0, -3))
next(r)
print(r.__length_hint__(), operator.length_hint(r), type(iter("abc").__length_hint__).__name__)
print(list(iter(range(3))), len(list(iter(range(1000)))))
