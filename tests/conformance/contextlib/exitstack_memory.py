# What ExitStack, closing, suppress and nullcontext allocate and hold: gc.get_count() and refcounts step by step (printed at the end)
import gc
import sys
from contextlib import ExitStack, contextmanager, closing, suppress, nullcontext


@contextmanager
def cm(x):
    yield x


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        pass


seen = []
gc.collect()
stack = ExitStack()
seen.append(("new stack", gc.get_count()))
m = Manager()
stack.enter_context(m)
seen.append(("enter_context", gc.get_count(), sys.getrefcount(m)))
stack.callback(len, [1])
seen.append(("callback", gc.get_count()))
stack.push(m)
seen.append(("push", gc.get_count(), sys.getrefcount(m)))
moved = stack.pop_all()
seen.append(("pop_all", gc.get_count()))
moved.close()
seen.append(("close", gc.get_count(), sys.getrefcount(m)))

gc.collect()
with ExitStack() as st:
    value = st.enter_context(cm([]))
    seen.append(("with stack", gc.get_count()))
seen.append(("after stack", gc.get_count()))

gc.collect()
with closing(m):
    seen.append(("closing", gc.get_count()))
seen.append(("after closing", gc.get_count()))
with suppress(KeyError):
    seen.append(("suppress", gc.get_count()))
    raise KeyError
seen.append(("after suppress", gc.get_count()))
with nullcontext(m) as n:
    seen.append(("nullcontext", gc.get_count(), sys.getrefcount(m)))
seen.append(("after nullcontext", gc.get_count()))
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError
except ZeroDivisionError as e:
    seen.append(("handling", gc.get_count(), repr(e.__context__)))
seen.append(("handled", gc.get_count()))

for entry in seen:
    print(*entry)
print("collected", gc.collect())
