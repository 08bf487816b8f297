# sys.intern and identity of equal strings built at run time vs constants
import sys
a = "hello"
b = "hel" + "lo"
c = "".join(["hel", "lo"])
print(a is b, a is c, a == c)
d = sys.intern(c)
print(d is a, d is c)
e = "hello world"
f = "hello world"
print(e is f)
g = " ".join(["hello", "world"])
print(g is e, sys.intern(g) is e)
h = "x" * 3
print(h is "xxx")
i = str(12345)
j = str(12345)
print(i is j)
k = "abc_def"
l = "abc" + "_def"
print(k is l)
m = "a-b"
n = "-".join("ab")
print(m is n, sys.intern(n) is m)
s = "dyn" + str(7)
t = sys.intern(s)
print(t is s, sys.intern("dyn7") is s)
def f(): return "hello"
print(f() is a)
print("".join([]) is "", str() is "", ("a" * 0) is "")
print(chr(300) is chr(300), chr(200) is chr(200))
