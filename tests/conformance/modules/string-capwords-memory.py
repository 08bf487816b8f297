# capwords' result is a new str each call while the constants are the module's own: counts, sizes, gc counts
import gc
import string
import sys
gc.collect()
before = gc.get_count()
title = string.capwords('memory of python')
print(title, sys.getsizeof(title), sys.getrefcount(title), gc.get_count()[0] - before[0])
print(string.capwords('memory of python') is title, string.capwords('memory of python') == title)
print(sys.getsizeof(string.ascii_letters), sys.getsizeof(string.digits), sys.getsizeof(string.whitespace))
d = string.digits
print(d is string.digits, sys.getrefcount(d) - sys.getrefcount(string.digits))
words = [string.capwords(w) for w in ('alpha beta', 'gamma', 'delta epsilon zeta')]
print(words, [sys.getrefcount(w) for w in words])
print(gc.is_tracked(string.digits), gc.is_tracked(string.capwords))
