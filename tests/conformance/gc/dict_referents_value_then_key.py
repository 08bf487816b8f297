# dict_traverse: a dict with a non-str key visits each value, then its key; with str keys only, the values.
import gc


class Named:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


k1 = Named("k1")
k2 = Named("k2")
d = {k1: Named("v1"), "s": Named("v2"), k2: Named("v3")}
print(gc.get_referents(d))
print(gc.get_referents({"a": Named("va"), "b": Named("vb")}))
print(gc.get_referents({(1, 2): Named("vt"), 3: Named("vi")}))
