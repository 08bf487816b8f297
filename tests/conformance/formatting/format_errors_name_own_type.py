# A format spec's errors name the object's own type (bool, an int, float or str subclass); format(n, 'c') of an int past a C long is PyLong_AsLong's OverflowError.
class I(int): pass
class F(float): pass
class S(str): pass
for v, spec in ((True, 's'), (I(5), 's'), (F(1.5), 'd'), (S('x'), 'd'), (False, 'x'), (True, ''), (I(7), ''), (F(2.5), '.1f'), (S('ab'), '>4'), (10**20, 'c'), (-10**20, 'c'), (2**63, 'c'), (65, 'c'), (True, 'c')):
    try: print(repr(format(v, spec)))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(f"{True:>5}", f"{I(3):03d}", "{:s}".format(S("q")))
