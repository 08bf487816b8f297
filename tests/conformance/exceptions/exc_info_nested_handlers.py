# sys.exc_info() inside and after handlers; nested handlers restore the outer exception
import sys
print(sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
    print("held by handler", sys.getrefcount(v))
    del t, v, tb
print(sys.exc_info())
def handler():
    try:
        raise TypeError("t")
    except TypeError:
        return sys.exc_info()[1]
err = handler()
print(repr(err), sys.exc_info()[0])
print(err.__traceback__.tb_frame.f_code.co_name)
