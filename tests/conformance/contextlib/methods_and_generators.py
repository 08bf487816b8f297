# @contextmanager on a method (rollback on error), an ExitStack whose third manager fails to open, and a with inside a generator closed early
import sys, gc
from contextlib import contextmanager, ExitStack, closing

class Account:
    def __init__(self):
        self.balance = 0
    @contextmanager
    def transaction(self):
        saved = self.balance
        try:
            yield self
        except Exception as e:
            self.balance = saved
            print("rolled back:", e)
    def __del__(self):
        print("del account")

acct = Account()
with acct.transaction() as a:
    a.balance += 10
with acct.transaction() as a:
    a.balance += 99
    raise ValueError("oops")
print(acct.balance, sys.getrefcount(acct))
del a

@contextmanager
def res(n, fail=False):
    if fail:
        raise OSError(f"cannot open {n}")
    print("open", n)
    try:
        yield n
    finally:
        print("close", n)

try:
    with ExitStack() as st:
        for n, f in [(1, False), (2, False), (3, True)]:
            st.enter_context(res(n, f))
except OSError as e:
    print("failed:", e)

def reader():
    with res("gen") as r:
        yield r
        yield r + "2"
g = reader()
print(next(g))
g.close()
print("closed gen")
g = reader()
print(next(g))
del g
print("deleted gen")
gc.collect()
x = [res(i) for i in range(3)]
print(sys.getrefcount(x[0]), gc.is_tracked(x[0]))
del x
del acct
print(gc.collect())
