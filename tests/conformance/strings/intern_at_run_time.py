# sys.intern of a str made at run time makes that very object the interned one: a later equal str interns to it
import sys
s1 = "dyn" + str(1)
s2 = "dyn" + str(1)
print(s1 is s2, s1 == s2)
i1 = sys.intern(s1)
print(i1 is s1)
i2 = sys.intern(s2)
print(i2 is s2, i1 is i2, sys.getrefcount(s1), sys.getrefcount(s2))
del s1, i1, i2
s3 = "dyn" + str(1)
print(sys.intern(s3) is s3, sys.getrefcount(s3))
words = ["w" + str(i % 3) for i in range(6)]
print(len({id(w) for w in words}), len({id(sys.intern(w)) for w in words}))
print(sys.intern("dyn" + "1") is sys.intern("dyn1"))
class St(str): pass
try:
    sys.intern(St("a"))
except TypeError as e:
    print(e)
try:
    sys.intern(b"a")
except TypeError as e:
    print(e)
