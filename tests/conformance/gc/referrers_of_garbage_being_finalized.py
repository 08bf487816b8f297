# While the collector finalizes its garbage, that garbage is on no generation list: gc.get_objects() and get_referrers() miss it.
import gc
class D:
    def __init__(s, n): s.n = n
    def __del__(s):
        print("del", s.n, len(gc.get_referrers(s)), s in gc.get_objects(), len(gc.get_referrers(keep)))
keep = D("keep")
a = D("a"); a.me = a; a.keep = keep
b = D("b"); b.other = a; a.other = b
del a, b
print(gc.collect())
class R:
    def __del__(s):
        global saved
        saved = s
        print("resurrected", s in gc.get_objects())
r = R(); r.me = r
del r
gc.collect()
print(saved in gc.get_objects(), len(gc.get_referrers(saved)))
z = D("at exit")
