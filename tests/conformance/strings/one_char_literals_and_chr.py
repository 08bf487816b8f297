# One-character strs: a literal or name is the interned str, chr()/indexing give the latin-1 singleton, which for some letters is another object in 3.11
import sys
word = "banana"
print(word[0] is "b", word[1] is "a", chr(103) is "g", chr(122) is "z")
print(chr(97) == "a", chr(97) is "a", "xay"[1] is chr(97))
print(sys.intern(chr(97)) is "a", sys.intern("a") is "a")
letters = [c for c in "abcxyzBCDgu_"]
print([c for c in letters if c is not sys.intern(c)])
d = {}
d[chr(120)] = 1
print([k is "x" for k in d], "x" in d)
class P:
    pass
p = P()
setattr(p, chr(121), 2)
print([k is "y" for k in vars(p)], p.y)
print("".join(["a"]) is "a", "a".upper() is "A", "A".lower() is "a", str("a") is "a")
