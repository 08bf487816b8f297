# Builtin types without Py_TPFLAGS_BASETYPE (bool, NoneType, range, function, weakref's proxies...) cannot be subclassed
import weakref

for base in (bool, type(None), range, slice, type(lambda: 0), type(len), type(x for x in ()), weakref.ProxyType, weakref.CallableProxyType):
    try:
        class X(base):
            pass
    except TypeError as e:
        print(e)
    else:
        print("subclassed", base.__name__)
for base in (int, weakref.ref, weakref.WeakSet):
    class Y(base):
        pass
    print("subclassed", base.__name__, Y.__mro__[1].__name__)
