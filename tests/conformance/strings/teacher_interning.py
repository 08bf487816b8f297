# interning of small ints and strings
import sys
a = 256; b = 256
print(a is b)
a = int("257"); b = int("257")
print(a is b)
s1 = "hello"; s2 = "hel" + "lo"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s1 is s3, s1 == s3)
print(sys.intern(s3) is s1)
x = "hello world"; y = "hello world"
print(x is y)
print(sys.getrefcount(None) > 100)
e = ""
print(e is str(), e is "".join([]))
c = chr(97)
print(c is "a")
print(-5 is int("-5"), -6 is int("-6"))
