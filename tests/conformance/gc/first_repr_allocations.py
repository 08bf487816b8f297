# The first Py_ReprEnter (repr of a non-empty list, any dict or set, a dict view) makes the thread state's dict and its Py_Repr list, counted once
import gc, collections
d = {1: 2}
l = [1]
gc.collect()
c = [gc.get_count()]
a = repr([]); c.append(gc.get_count())
a = repr(()); c.append(gc.get_count())
a = repr(collections.OrderedDict()); c.append(gc.get_count())
a = repr(d); c.append(gc.get_count())
a = repr(l); c.append(gc.get_count())
a = repr(set()); c.append(gc.get_count())
a = repr(d.items()); c.append(gc.get_count())
a = str(l); c.append(gc.get_count())
print(c)
r = {}
r[1] = r.values()
print(repr(r), repr(r[1]))
q = [1]
q.append(q)
print(q, {1: q}, (q,))
