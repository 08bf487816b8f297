# Calling a builtin type that has no constructor says "cannot create '<tp_name>' instances", with the module where tp_name has one
import types, sys, weakref
def g():
    yield 1
for name, t in [("UnionType", types.UnionType), ("GeneratorType", types.GeneratorType), ("BuiltinFunctionType", types.BuiltinFunctionType),
                ("FrameType", types.FrameType), ("NoneType", type(None)), ("list_iterator", type(iter([]))), ("dict_keys", type({}.keys())),
                ("generator", type(g())), ("ProxyType", weakref.ProxyType), ("version_info", type(sys.version_info)), ("UnionType again", type(int | str))]:
    try:
        t()
        print(name, "made")
    except TypeError as e:
        print(name, "->", e)
