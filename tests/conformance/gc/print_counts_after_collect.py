# gc.get_count() read on both sides of print() after gc.collect(): the first print refills the free lists the collection emptied
import gc
gc.collect()
gc.disable()
a = gc.get_count()[0]
print(1)
b = gc.get_count()[0]
print(2)
c = gc.get_count()[0]
x = 5
d = gc.get_count()[0]
print(b - a, c - b, d - c)
print("hello", "world", sep=", ")
e = gc.get_count()[0]
print(e - d)
