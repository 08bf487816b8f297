# dict_merge's PyMapping_Keys: a keys() result that is not iterable is method_output_as_list's TypeError
class M:
    def keys(self): return 5
    def __getitem__(self, k): return k
for f in [lambda: dict(M()), lambda: {**M()}, lambda: {}.update(M()), lambda: print(**M())]:
    try: f()
    except TypeError as e: print(e, e.__context__)
class It:
    def __iter__(self): raise TypeError("inner")
class M2(M):
    def keys(self): return It()
try: dict(M2())
except TypeError as e: print(e, e.__context__)
class M3(M):
    def keys(self): return (x for x in "ab")
print(dict(M3()))
