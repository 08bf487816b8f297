# gc.collect() called from inside __del__ during a collection returns 0 (collecting already)
import gc
gc.collect()
class R:
    def __del__(self):
        print("inner collect", gc.collect())
r = R(); r.me = r; del r
print("outer", gc.collect())
class S:
    def __del__(self):
        print("S del, enabled:", gc.isenabled())
s = S()
del s
gc.disable()
t = S(); t.me = t; del t
print("disabled collect", gc.collect())
gc.enable()
