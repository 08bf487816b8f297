# id reuse after a free and a new allocation of the same or a different size
class A:
    pass
class B:
    __slots__ = ("x",)
def same(make1, make2):
    a = make1()
    addr = id(a)
    del a
    b = make2()
    return id(b) == addr
print("list list", same(list, list))
print("list dict", same(list, dict))
print("dict dict", same(dict, dict))
print("A A", same(A, A))
print("A B", same(A, B))
print("B B", same(B, B))
print("tuple1 tuple1", same(lambda: (object(),), lambda: (object(),)))
print("float float", same(lambda: float("1.5"), lambda: float("2.5")))
print("float int", same(lambda: float("1.5"), lambda: int("123456789012")))
print("str str", same(lambda: "x" * 10, lambda: "y" * 10))
print("str longer", same(lambda: "x" * 10, lambda: "y" * 100))
print("set set", same(set, set))
print("object object", same(object, object))
print("[1] []", same(lambda: [1], list))
xs = [A() for _ in range(3)]
ids = [id(x) for x in xs]
del xs
ys = [A() for _ in range(3)]
print([id(y) in ids for y in ys])
print(id(A()) == id(A()), id([]) == id([]), id({}) == id({}), id(1.5 + 1) == id(2.5 + 1))
p = A()
q = A()
pid, qid = id(p), id(q)
del p
del q
r = A()
print(id(r) == qid, id(r) == pid)
