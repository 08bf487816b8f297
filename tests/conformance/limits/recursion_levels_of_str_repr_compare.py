# RecursionError at the deepest frame: PyObject_Str, PyObject_Repr and unspecialized comparisons count a level; a comparison followed by a jump on two small ints does not
import sys
def caught(fn, *args):
    try:
        fn(*args)
    except RecursionError as e:
        return str(e)
def prints(n):
    s = f"{n}"
    return prints(n + 1)
def reprs(n):
    s = f"{n!r}"
    return reprs(n + 1)
def and_chain(n):
    return n > 0 and and_chain(n + 1)
def stored_compare(n):
    flag = n == -1
    return stored_compare(n + 1)
def jump_compare(n):
    if n == -1:
        return 0
    return jump_compare(n + 1)
def big_jump_compare(n):
    if n == -2**40:
        return 0
    return big_jump_compare(n + 1)
def str_eq(s):
    if s == "stop":
        return 0
    return str_eq(s)
def str_lt(s):
    if s < "a":
        return 0
    return str_lt(s)
def float_compare(x):
    if x < 0.0:
        return 0
    return float_compare(x + 1.0)
def mixed_compare(x):
    if x < 0.0:
        return 0
    return mixed_compare(x + 1)
def list_str(n):
    s = str([n])
    return list_str(n + 1)
class Same:
    def __eq__(self, other):
        return self == other
for limit in (250, 150):
    sys.setrecursionlimit(limit)
    for fn, arg in ((prints, 1), (reprs, 1), (and_chain, 1), (stored_compare, 0), (jump_compare, 0), (big_jump_compare, 0),
                    (str_eq, "go"), (str_lt, "b"), (float_compare, 1.0), (mixed_compare, 1), (list_str, 1)):
        print(limit, fn.__name__, caught(fn, arg))
    print(caught(lambda: Same() == Same()))
