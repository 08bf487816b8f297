# Counts past Py_ssize_t in deque and itertools: OverflowError or islice's ValueError, never a hang or a wrong result.
from collections import deque, defaultdict, OrderedDict
import itertools as it
B = 2**70
for f in [lambda: it.islice([], B), lambda: it.repeat('a', B), lambda: it.permutations('a', B),
          lambda: deque(maxlen=B), lambda: deque([1]).rotate(B), lambda: deque([1]).insert(B, 0),
          lambda: deque([1]).__getitem__(B), lambda: it.islice([], 1, B), lambda: it.islice([], 0, 5, B),
          lambda: it.islice([], -B), lambda: it.repeat('a', -B), lambda: it.combinations('a', B),
          lambda: it.combinations_with_replacement('a', B), lambda: it.product('a', repeat=B),
          lambda: deque([1]).__setitem__(B, 1), lambda: deque([1]).__delitem__(B), lambda: deque() * B,
          lambda: deque([1]) * B, lambda: [1] * B, lambda: deque([1]).__imul__(B), lambda: deque([1], maxlen=-B),
          lambda: it.tee([], B), lambda: it.islice([], B, None), lambda: deque([1]).rotate(-B)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = deque([1, 2, 3])
for f in [lambda: d.__getitem__(-1), lambda: d.__getitem__(-4), lambda: d.__getitem__(3), lambda: d.__getitem__("a"),
          lambda: d.__setitem__(-3, 9), lambda: d.__delitem__(-1), lambda: d.__getitem__(True), lambda: d[-5],
          lambda: d.__setitem__(5, 1), lambda: d.__delitem__(1.5), lambda: deque.__getitem__(d, 0)]:
    try: print(f(), d)
    except Exception as e: print(type(e).__name__, e)
d2 = deque([1, 2, 3]) * 3
d2 *= 2
print(d2, deque([1, 2], maxlen=5) * 10, deque([7], maxlen=3) * (2**62), deque([1,2]) * -1)
r = deque(range(5)); r.rotate(2**62 + 1); print(r); r.rotate(-(2**63 - 1)); print(r)
print([repr(x).split(" at ")[0] for x in (deque().append, defaultdict().__missing__, it.count().__next__, OrderedDict().move_to_end, [].append)])
