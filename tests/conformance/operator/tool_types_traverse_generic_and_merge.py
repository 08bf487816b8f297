# operator's attrgetter and methodcaller traverse their type last (itemgetter first), functools.partial and itertools.chain are generic (__class_getitem__), and heapq.merge assigns its four helpers one by one, as Lib/heapq.py does (no tuple in gc.get_count()).
import gc, operator, functools, itertools, heapq
print([type(x).__name__ for x in gc.get_referents(operator.attrgetter("a"))])
print([type(x).__name__ for x in gc.get_referents(operator.attrgetter("a", "b.c"))])
print([type(x).__name__ for x in gc.get_referents(operator.methodcaller("f", 1, k=2))])
print([type(x).__name__ for x in gc.get_referents(operator.methodcaller("f"))])
print([type(x).__name__ for x in gc.get_referents(operator.itemgetter(1))])
print(functools.partial[int], itertools.chain[int], type(functools.partial[int]))
gc.collect(); m = heapq.merge([1, 3], [2]); print(gc.get_count())
next(m); print(gc.get_count())
print(list(m), gc.get_count())
gc.collect(); m = heapq.merge([1, 3], [2], reverse=True); next(m); print(gc.get_count())
