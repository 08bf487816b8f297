# A generator resumed past the recursion limit is finished, as gen_send_ex2 leaves one whose frame failed to run: next() or a for loop at the limit raises RecursionError, and the generator then stops at once, what its frame held released
import sys
class Tracked:
    pass
def g(log):
    t = Tracked()
    log.append(t)
    yield 1
    yield 2
def deep(kind, it):
    try:
        return deep(kind, it)
    except RecursionError:
        try:
            if kind == "next":
                return next(it)
            for x in it:
                return x
            return "loop ended"
        except RecursionError as e:
            return e.args[0]
for kind in ["next", "for"]:
    log = []
    it = g(log)
    print(kind, next(it), sys.getrefcount(log[0]))
    print(deep(kind, it), "| running:", it.gi_running, "| frame:", it.gi_frame)
    print("after:", list(it), sys.getrefcount(log[0]), sys.getrefcount(it))
