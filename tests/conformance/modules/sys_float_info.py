# sys.float_info is a struct sequence of the C double's limits: a tuple of its own type whose items are read-only attributes.
import sys
import gc

fi = sys.float_info
print(fi)
print(repr(type(fi)), type(fi).__name__, type(fi).__module__, isinstance(fi, tuple), len(fi))
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(fi[0] is fi.max, fi[-1], fi[2:4], type(fi[2:4]).__name__, tuple(fi) == fi, hash(fi) == hash(tuple(fi)))
print(sys.getsizeof(fi), gc.is_tracked(fi), fi.index(53), fi.count(2))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2, fi.min / 2 > 0)
largest, *rest = fi
print(largest == fi.max, len(rest))
for attempt in [lambda: setattr(fi, "max", 1.0), lambda: delattr(fi, "dig"), lambda: fi.nothing]:
    try:
        attempt()
    except AttributeError as e:
        print(type(e).__name__, e)
