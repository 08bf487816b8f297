# sys.setrecursionlimit refuses a limit the current depth reaches (RecursionError naming the depth, which counts the program's entry into the eval loop and each one a builtin makes).
import sys
for n in (1, 2, 3):
    try:
        sys.setrecursionlimit(n); print("set", n)
    except RecursionError as e:
        print(e)
sys.setrecursionlimit(1000)
def f(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print(e)
        return "done"
    return f(n - 1)
print(f(20))
class C:
    def __repr__(self):
        try: sys.setrecursionlimit(3)
        except RecursionError as e: print(e)
        return "C"
print(repr(C()))
print(sorted([3, 1], key=lambda x: (sys.setrecursionlimit(2) if False else x)))
def g():
    sys.setrecursionlimit(True)
try: g()
except RecursionError as e: print(e)
print(sys.getrecursionlimit())
