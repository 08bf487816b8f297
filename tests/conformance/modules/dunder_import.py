# __import__ and relative imports: the builtin's argument checks and errors, and the import it shares with `import`
import sys
gc = __import__("gc")
print(gc.isenabled(), __import__(name="sys") is sys, __import__("sys", None, None, ["getrefcount"]) is sys)
for call in [lambda: __import__(), lambda: __import__(1), lambda: __import__("sys", level=-1), lambda: __import__(""),
             lambda: __import__("sys", None, None, (), 1), lambda: __import__("sys", 1, 2, 3, 4, 5),
             lambda: __import__("sys", foo=1), lambda: __import__("sys", level="x"), lambda: __import__("sys", {}, None, (), 1),
             lambda: __import__("sys", globals(), None, (), 1), lambda: __import__("sys", level=1.5), lambda: __import__("sys", level=2**70),
             lambda: __import__("sys", "sys", name="x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
from .. import y
