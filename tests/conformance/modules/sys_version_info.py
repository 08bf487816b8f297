# sys.version_info is a struct sequence (a tuple of its own type whose items are read-only attributes); sys.hexversion, sys.api_version, sys.version's number
import sys, gc
v = sys.version_info
print(v)
print(str(v), repr(type(v)), type(v).__name__, type(v).__module__, type(v).__qualname__)
print(isinstance(v, tuple), type(v).__mro__, len(v), sys.getsizeof(v), gc.is_tracked(v))
print(v.major, v.minor, v.micro, v.releaselevel, v.serial, v[0], v[-1], v[:2], type(v[:2]).__name__, v[::-1])
print(v >= (3, 11), v < (3, 12), (3, 10) < v, v == (3, 11, 7, 'final', 0), v[:2] == (3, 11), v > (3, 11, 7))
print(tuple(v), list(v), v.count(3), v.index(11), v + (1,), type(v + ()).__name__, hash(v) == hash(tuple(v)))
major, minor, *rest = v
print(major, minor, rest, f'{v.major}.{v.minor}', '%d.%d' % v[:2])
print(sys.hexversion, hex(sys.hexversion), sys.api_version, sys.version.split()[0], sys.version.startswith('3.11.7 ('))
for attempt in [lambda: setattr(v, 'major', 4), lambda: setattr(v, 'x', 1), lambda: delattr(v, 'minor'), lambda: v.x, lambda: type(v)((1, 2, 3, 4, 5)), lambda: type(v)(), lambda: vars(v)]:
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    v[0] = 4
except TypeError as e:
    print(e)
print({'major', 'micro', 'minor', 'releaselevel', 'serial'} <= set(dir(v)))
if sys.version_info >= (3, 10):
    print('3.10 or later')
