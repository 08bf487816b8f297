# __copy__ / __deepcopy__ hooks and which gets called with what
import copy, sys
class A:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("copy", self.v)
        return A(self.v)
    def __deepcopy__(self, memo):
        print("deepcopy", self.v, type(memo).__name__, len(memo))
        r = A(copy.deepcopy(self.v, memo))
        memo[id(self)] = r
        return r
a = A([1, [2]])
b = copy.copy(a)
print(b.v is a.v)
c = copy.deepcopy(a)
print(c.v is a.v, c.v == a.v)
x = [a, a]
y = copy.deepcopy(x)
print(y[0] is y[1])
class B:
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (B, ())
copy.copy(B())
copy.deepcopy(B())
class C:
    def __reduce__(self):
        print("reduce")
        return (C, ())
copy.copy(C())
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s = copy.copy(S())
print(s.a, s.b)
s2 = copy.deepcopy(S())
print(s2.a, s2.b)
