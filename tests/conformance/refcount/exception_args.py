# An exception's args tuple holds the objects passed to it.
import sys

class C:
    pass

x = C()
err = ValueError(x, x)
print("held twice by args:", sys.getrefcount(x))
print("args[0] is x:", err.args[0] is x)
try:
    raise err
except ValueError as caught:
    print("while handled:", sys.getrefcount(x))
del err
print("after del err:", sys.getrefcount(x))
