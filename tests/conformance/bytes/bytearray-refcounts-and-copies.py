# bytearray vs bytes in memory: refcounts, gc tracking, aliasing after mutation, += rebinding, copy and deepcopy
import sys, gc, copy
b = bytearray(b"hello")
print(sys.getrefcount(b), gc.is_tracked(b), gc.is_tracked(bytearray()))
alias = b
box = [b, b]
print(sys.getrefcount(b))
del box, alias
print(sys.getrefcount(b))
alias = b
alias += b"!"
print(b, alias is b, sys.getrefcount(b))
t = b"abc"
t_alias = t
t_alias += b"d"
print(t, t_alias, t_alias is t)
m = bytearray(b"mutable")
snapshot = bytes(m)
m[0] = ord("M")
print(m, snapshot, sys.getrefcount(snapshot))
def f(x):
    return sys.getrefcount(x)
print(f(b), f(bytearray(b"temp")))
shallow = copy.copy(b)
deep = copy.deepcopy(b)
print(shallow, deep, shallow is b, deep is b, shallow == b, sys.getsizeof(shallow), sys.getsizeof(deep), sys.getrefcount(b))
nested = copy.deepcopy([b, b, bytearray()])
print(nested, nested[0] is nested[1], nested[0] is b, sys.getsizeof(nested[2]))
cut = bytearray(b"abcdef")
del cut[:2]
print(sys.getsizeof(cut), sys.getsizeof(copy.copy(cut)), sys.getsizeof(copy.deepcopy(cut)), sys.getsizeof(cut.copy()))
gc.collect()
before = gc.get_count()[0]
pieces = [bytearray(b"x") for _ in range(5)]
print(gc.get_count()[0] - before)
def refs_of_item():
    holder = (bytearray(b"in tuple"),)
    return sys.getrefcount(holder[0])
print(refs_of_item())
data = bytearray(b"data")
d = {"k": data}
print(sys.getrefcount(data))
d["k"].append(33)
print(data, d)
