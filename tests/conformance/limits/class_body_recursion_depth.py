# recursion inside class bodies: cold module code counts __build_class__'s level, warm code does not
import sys
sys.setrecursionlimit(150)
def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n
def down(k):
    try:
        return down(k + 1)
    except RecursionError:
        return k
class A:
    got = down(0)
print("module class body", A.got)
def make():
    class B:
        got = down(0)
    return B.got
print("cold function", [make() for i in range(3)])
print("warm function", [make() for i in range(12)][-3:])
