# sys.exit(status) raises a SystemExit instance as it is and calls the class with a tuple's items; exit() and quit() (site's Quitter) always make SystemExit(code) and bind code as a Python function does; an uncaught sys.exit(SystemExit(3)) ends with status 3.
import sys
class MyExit(SystemExit): pass
mine = MyExit(4)
for call in (lambda: sys.exit(), lambda: sys.exit(None), lambda: sys.exit(2), lambda: sys.exit((3,)), lambda: sys.exit((1, 2)), lambda: sys.exit(mine), lambda: sys.exit(KeyError("k")), lambda: sys.exit("bye"),
             lambda: exit(), lambda: exit(None), lambda: exit((3,)), lambda: exit(code=5), lambda: quit(SystemExit(6)), lambda: exit(mine)):
    try:
        call()
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args, e is mine)
for bad in (lambda: sys.exit(code=3), lambda: sys.exit(1, 2), lambda: exit(kode=1), lambda: exit(1, 2), lambda: exit(1, code=2), lambda: quit(1, 2, 3)):
    try:
        bad()
    except TypeError as e:
        print(e)
print(sys.getrefcount(mine))
sys.exit(SystemExit(3))
