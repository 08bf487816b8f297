# The types module names the interpreter's own types: each is the builtin type itself
import types, sys

def f():
    yield 1

def g():
    pass

class C:
    __slots__ = ('a',)
    def m(self):
        pass

try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

print(types.FunctionType is type(g), types.LambdaType is type(lambda: 0), types.FunctionType)
print(types.GeneratorType is type(f()), types.CodeType is type(g.__code__), types.ModuleType is type(sys))
print(types.MethodType is type(C().m), types.BuiltinFunctionType is type(len), types.BuiltinMethodType is type([].append))
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.TracebackType is type(tb), types.FrameType is type(sys._getframe()), types.CellType)
print(types.GetSetDescriptorType, types.MemberDescriptorType is type(C.a), types.MappingProxyType is type(C.__dict__))
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | str))
print(isinstance(g, types.FunctionType), isinstance(len, types.FunctionType), isinstance(f(), types.GeneratorType))
print(types.MethodType(g, 1).__self__, types.GenericAlias(list, int))
print(types.__name__, type(types).__name__)
