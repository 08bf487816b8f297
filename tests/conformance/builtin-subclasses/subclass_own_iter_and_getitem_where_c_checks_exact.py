# Where CPython checks for an exact set, tuple or str, a subclass's own __iter__, __len__ or __getitem__ answers.
import array, sys
class S(set):
    def __iter__(self):
        print("S.__iter__")
        return iter([9])
s = S({1, 2})
print({1, 9}.isdisjoint(s), {5}.isdisjoint(s), {1}.issuperset(s), {1, 2}.issubset(s))
print(sorted(dict.fromkeys(s)), sorted(dict.fromkeys(frozenset({3}))))
print({1: 0, 9: 0}.keys() & s, {9: 0}.keys() & {9, 8})
print(set(s), frozenset(s), list(s), sorted(s))
class T(tuple):
    def __len__(self): return 1
    def __getitem__(self, i): return "item%d" % i
print(list(reversed(T((1, 2, 3)))))
class T2(tuple):
    def __len__(self): return 5
print(list(reversed(T2((1, 2, 3)))))
class Str(str):
    def __getitem__(self, i): return i
print(list(reversed(Str("abc"))))
class L(list):
    def __len__(self): return 1
    def __getitem__(self, i): return 0
print(list(reversed(L([1, 2, 3]))))
class L2(list):
    def __getitem__(self, i):
        print("getitem", i, sys.getrefcount(self))
        return i * 10
print(array.array("i", L2([1, 2])))
class L3(list):
    def __len__(self): return 1
print(array.array("b", L3([1, 2, 3])))
