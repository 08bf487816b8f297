# Bound methods compare equal when they bind the same function to the same object (method_richcompare).
class C:
    def m(self): return 1
c, d = C(), C()
print(c.m == c.m, c.m != c.m, c.m == d.m, c.m is c.m, C.m == C.m)
l = []
print(l.append == l.append, l.append == [].append, c.m in [c.m])
