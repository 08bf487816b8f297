# print packs its positional arguments into a new tuple: one more reference while __str__ runs, and a tuple allocation gc.get_count() sees
import gc, sys
class Shown:
    def __str__(self):
        sys.stderr.write(f"refs while printing: {sys.getrefcount(self)}\n")
        return "shown"
s = Shown()
print(s)
print(s, s)
print(s, sep="-", end="!\n")
str(s)
gc.collect()
before = gc.get_count()[0]
print("one")
after_one = gc.get_count()[0]
print("one", "two")
after_two = gc.get_count()[0]
print("one", "two")
again = gc.get_count()[0]
print()
empty = gc.get_count()[0]
print(before, after_one, after_two, again, empty)
class Sink:
    def __init__(self): self.parts = []
    def write(self, text): self.parts.append(text)
sink = Sink()
print(1, 2, 3, file=sink, sep=",")
print(sink.parts)
