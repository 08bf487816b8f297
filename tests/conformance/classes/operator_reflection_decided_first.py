# operator reflection decided before the left method runs, as slot_nb_add's do_other
class W:
    def __radd__(self, o): return "W.radd"
class V:
    def __add__(self, o):
        o.__class__ = W
        return NotImplemented
try:
    print(V() + V())
except TypeError as e: print("TE", e)
class W: pass
class V:
    def __add__(self, o):
        W.__radd__ = lambda s, o: "late radd"
        return NotImplemented
try:
    print(V() + W())
except TypeError as e: print("TE", e)
class V:
    def __add__(self, o):
        self.__class__ = W
        return NotImplemented
    def __radd__(self, o): return "V.radd"
class W:
    pass
try:
    print(V() + V())
except TypeError as e: print("TE", e)
