# attribute hooks run as frames get the very name str their caller passed
import sys
class A:
    def __getattr__(self, n):
        print("getattr", n is name)
        if n == "miss":
            raise AttributeError(n)
        return 1
    def __setattr__(self, n, v):
        print("setattr", n is name)
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("delattr", n is name)
        object.__delattr__(self, n)
class G:
    def __getattribute__(self, n):
        print("getattribute", n is name)
        return 2
a = A()
name = "".join(["ab", "cd"])
getattr(a, name)
getattr(a, name, 0)
hasattr(a, name)
setattr(a, name, 5)
delattr(a, name)
getattr(G(), name)
name = "".join(["mi", "ss"])
print(getattr(a, name, "dflt"), hasattr(a, name))
a.zz = 1
print(a.qq)
for i in range(12):
    name = "k" + str(i)
    getattr(a, name)
    setattr(a, name, i)
