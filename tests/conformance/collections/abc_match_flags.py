# match statements and collections.abc: its Sequence and Mapping subclasses, registered classes and their subclasses take the collection flag
from collections.abc import Sequence, Mapping, MutableSequence
print("__abc_tpflags__" in Sequence.__dict__, "__abc_tpflags__" in Mapping.__dict__)
class Deck(Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class Table(Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
class Plain:
    def __getitem__(self, i): return [7, 8][i]
    def __len__(self): return 2
class Sub(Plain): pass
Sequence.register(Plain)
class Late(Plain): pass
class D2(dict): pass
Sequence.register(D2)
class F(Plain, Mapping):
    def __iter__(self): return iter([])
class G(Mapping, Plain):
    def __iter__(self): return iter([])
def kind(x):
    match x:
        case {"a": v}:
            return f"mapping a={v}"
        case [p, q]:
            return f"sequence {p} {q}"
        case {}:
            return "mapping"
        case []:
            return "empty sequence"
        case _:
            return "other"
for x in [Deck(), Table(), Plain(), Sub(), Late(), D2(), F(), G(), "ab", [1, 2], {"a": 0}]:
    print(type(x).__name__, kind(x))
