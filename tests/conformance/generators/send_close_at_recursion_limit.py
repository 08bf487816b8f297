# gen.send() and gen.close() called at the recursion limit fail before the generator is touched (a METH_O/METH_NOARGS call's level, 'while calling a Python object'), so it stays suspended and its finally block runs later; next() there finishes it
def gen():
    try:
        yield 1
    finally:
        print('finally runs')
g = gen(); next(g)
def rec():
    try:
        return rec()
    except RecursionError:
        try:
            g.close()
            return 'closed'
        except RecursionError as e:
            return e.args[0]
print(rec()); print(g.gi_frame is None, g.gi_suspended); print(next(g, 'exhausted'))
h = gen(); next(h)
def rec2():
    try:
        return rec2()
    except RecursionError:
        try:
            return h.send(None)
        except RecursionError as e:
            return e.args[0]
print(rec2()); print(h.gi_frame is None, h.gi_suspended); print(next(h, 'exhausted'))
