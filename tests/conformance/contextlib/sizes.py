# sys.getsizeof and gc tracking of contextlib's managers, their instance dicts and what they hold
import gc
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout


@contextmanager
def gen_cm(*args, **kwargs):
    yield


class Closable:
    def close(self):
        pass


class Sink:
    def write(self, text):
        pass


managers = [
    ("contextmanager", gen_cm(1, 2, x=3)),
    ("suppress", suppress(KeyError, ValueError)),
    ("closing", closing(Closable())),
    ("nullcontext", nullcontext(5)),
    ("ExitStack", ExitStack()),
    ("redirect_stdout", redirect_stdout(Sink())),
]
# A split __dict__'s size depends on how many instances of the class were made before: python3's startup can
# make a contextmanager manager and a suppress when site-packages hold .pth files, so those two are not sized.
startup_dependent = ("contextmanager", "suppress")
for name, m in managers:
    d = vars(m)
    dict_size = "-" if name in startup_dependent else sys.getsizeof(d)
    print(name, sys.getsizeof(m), gc.is_tracked(m), sorted(d), dict_size, gc.is_tracked(d))

cm = gen_cm(1, 2, x=3)
print("generator", sys.getsizeof(cm.gen), "args", cm.args, sys.getsizeof(cm.args), "kwds", cm.kwds, sys.getsizeof(cm.kwds))
with cm:
    print("after enter", sorted(vars(cm)))

stack = ExitStack()
print("empty deque", sys.getsizeof(stack._exit_callbacks))
stack.callback(print, "x")
entry = stack._exit_callbacks[0]
print("entry", type(entry).__name__, len(entry), entry[0], type(entry[1]).__name__, entry[1].__name__, entry[1].__wrapped__ is print)
print("wrapper", sys.getsizeof(entry[1]), entry[1].__closure__ is not None, len(entry[1].__closure__))
stack.push(closing(Closable()))
bound = stack._exit_callbacks[1][1]
print("bound exit", type(bound).__name__, bound.__func__.__name__, type(bound.__self__).__name__, sys.getsizeof(bound))
stack.pop_all()
print("popped", len(stack._exit_callbacks))
