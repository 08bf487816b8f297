# throw() ending a yield-from's inner generator resumes the outer frame without a RESUME (no warm-up count)
import sys
class C:
    def __getitem__(self, k): return sys.getrefcount(self)
c = C()
def inner():
    try: yield
    except KeyError: return
def outer():
    yield from inner()
    yield c[0]
for i in range(7):
    g = outer(); next(g); print(i, g.throw(KeyError))
