# bytes constants: folded concatenation, repetition and indexing, shared constants and their counts
import sys
x = b'ab' * 3
y = b'ab' + b'cd'
z = b'xyz'[1]
big = b'a' * 5000
print(x, y, z, len(big), sys.getrefcount(x), sys.getrefcount(y))
def f():
    return b'ab' + b'cd'
print(f() is y, f() is f(), sys.getrefcount(f()))
t = (1, b'x', b'')
print(t, t[1] is b'x', not b'', not b'a', b'' or b'fallback')
