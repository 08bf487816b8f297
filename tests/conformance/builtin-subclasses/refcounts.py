# sys.getrefcount of a list or dict subclass instance and of its items: the instance holds its items as a list does, and methods hold self
import sys


class Bag(list):
    def count_self(self):
        return sys.getrefcount(self)

    def __getitem__(self, i):
        print("inside __getitem__", sys.getrefcount(self))
        return super().__getitem__(i)


class Registry(dict):
    def __missing__(self, key):
        print("inside __missing__", sys.getrefcount(self), sys.getrefcount(key) if isinstance(key, Item) else key)
        return None

    def count_self(self):
        return sys.getrefcount(self)


class Item:
    pass


item = Item()
b = Bag([item, item])
print(sys.getrefcount(b), sys.getrefcount(item), b.count_self())
b.append(item)
alias = b
print(sys.getrefcount(b), sys.getrefcount(item))
b[0]
del alias
b.name = item
print(sys.getrefcount(b), sys.getrefcount(item))
b.clear()
print(sys.getrefcount(item))
del b.name
print(sys.getrefcount(item))

r = Registry()
key = Item()
r[key] = item
print(sys.getrefcount(r), sys.getrefcount(key), sys.getrefcount(item), r.count_self())
r[Item()]
r["absent"]
del r[key]
print(sys.getrefcount(key), sys.getrefcount(item))
r.owner = r
print(sys.getrefcount(r))
del r.owner
print(sys.getrefcount(r), sys.getrefcount(Bag([])), sys.getrefcount(Registry()))
nested = Bag([Bag([item]), Registry(k=item)])
print(sys.getrefcount(item), sys.getrefcount(nested[0]))
del nested
print(sys.getrefcount(item))
