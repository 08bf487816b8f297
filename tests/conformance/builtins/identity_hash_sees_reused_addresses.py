# hash() of an object hashed by identity is its address >> 4 (_Py_HashPointer), so like id() it sees a freed object's address taken by the next object of its size: hash(A()) == hash(A()).
class Num:
    pass
print(hash(Num()) == hash(Num()))
print(Num().__hash__() == Num().__hash__())
a = Num()
h = hash(a)
del a
b = Num()
print(hash(b) == h, id(b) == h * 16)
c = Num()
print(hash(c) == hash(b), hash(c) != h)
