# operator.length_hint: __len__, else __length_hint__ (a TypeError it raises or NotImplemented give the default), and reversed() over a sequence
import operator
class H:
    def __init__(self, h): self.h = h
    def __length_hint__(self):
        if isinstance(self.h, Exception): raise self.h
        return self.h
for h in [3, NotImplemented, TypeError('t'), 'x', -2, ValueError('v'), True]:
    try:
        print(repr(h), operator.length_hint(H(h), 7))
    except Exception as e:
        print(repr(h), type(e).__name__, e)
print(operator.length_hint(reversed([1, 2])) if False else operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(0)), 4) if False else operator.length_hint(object(), 5))
class S:
    def __len__(self): return 4
    def __getitem__(self, i): raise IndexError
print(operator.length_hint(reversed(S())), operator.length_hint(S()))
