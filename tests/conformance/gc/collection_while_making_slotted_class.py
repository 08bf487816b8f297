# Automatic collections that start while type_new makes a class with __slots__: its dict copy already holds the body's values.
import gc
import sys

gc.collect()
gc.set_threshold(1, 2, 2)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Labelled(Exception):
    __slots__ = ("label", "__private")
    note = [1, 2]

    def __init__(self, label=None):
        self.label = label


made = []
for i in range(4):
    class Local:
        __slots__ = ["a", "b", "c"]
        defaults = {"i": i}

        def total(self):
            return self.a + self.b + self.c
    made.append(Local)
p = Point(1, 2)
e = Labelled("x")
print(p.x + p.y, e.label, Labelled.__slots__, Labelled._Labelled__private)
print(sys.getrefcount(Point.__init__), sys.getrefcount(Labelled.note), [sorted(C.__slots__) for C in made])
print(gc.get_count(), gc.collect())
