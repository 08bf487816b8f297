# A WeakKeyDictionary drops entries whose keys die.
import weakref

class Widget:
    pass

extra = weakref.WeakKeyDictionary()
w1 = Widget()
w2 = Widget()
extra[w1] = "first"
extra[w2] = "second"
print(len(extra), extra[w1])
del w1
print(len(extra), list(extra.values()))
