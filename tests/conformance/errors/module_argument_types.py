# sys, gc, math and heapq functions read their arguments in CPython's order and name None as None in their errors.
import sys, gc, math, heapq
def attempt(label, call):
    try:
        print(label, "->", call())
    except Exception as error:
        print(label, "!!", type(error).__name__, error)
attempt("intern(None)", lambda: sys.intern(None))
attempt("gc.collect(2**70)", lambda: gc.collect(2**70))
attempt("gc.collect(3)", lambda: gc.collect(3))
attempt("gc.get_objects(2**70)", lambda: gc.get_objects(2**70))
attempt("gc.get_objects(-2)", lambda: gc.get_objects(-2))
attempt("dist('x', None)", lambda: math.dist("x", None))
attempt("dist([3, 1], 'x')", lambda: math.dist([3, 1], "x"))
attempt("dist('ab', [1, 2])", lambda: math.dist("ab", [1, 2]))
attempt("dist((0, 0), [3, 4])", lambda: math.dist((0, 0), [3, 4]))
attempt("ldexp('x', None)", lambda: math.ldexp("x", None))
attempt("ldexp(1.5, 3)", lambda: math.ldexp(1.5, 3))
attempt("heappush(None, 1)", lambda: heapq.heappush(None, 1))
attempt("heapify(None)", lambda: heapq.heapify(None))
