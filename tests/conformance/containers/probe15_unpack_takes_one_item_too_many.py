# Unpacking an iterator into too few names takes just one item more than it needs, then releases the items it took (last first) and the iterator before the sequence
import gc
gc.collect()

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  item", self.name, "dies", gc.get_count())

def numbers(limit):
    try:
        for i in range(limit):
            print("  yield", i)
            yield Item(str(i))
    finally:
        print("  generator closed")

# Inside a handler, so that the ValueErrors C code raises exist at once (see exceptions/ for the other case).
try:
    raise LookupError("outer")
except LookupError:
    try:
        a, b = numbers(5)
    except ValueError as e:
        print(e, gc.get_count())
    try:
        a, b, c = numbers(2)
    except ValueError as e:
        print(e, gc.get_count())
    a, b = numbers(2)
    print(a.name, b.name)
    del a, b
    try:
        x, y = [Item("p"), Item("q"), Item("r")]
    except ValueError as e:
        print(e, gc.get_count())
    try:
        x, y = (Item("s"),)
    except ValueError as e:
        print(e, gc.get_count())
    pairs = iter([(1, Item("t")), (2, Item("u"), 3)])
    try:
        for number, item in pairs:
            print("pair", number, item.name)
    except ValueError as e:
        print(e, gc.get_count())
    del pairs, number, item
print("end", gc.get_count())
