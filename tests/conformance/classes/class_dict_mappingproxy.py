# A class's __dict__ (and vars(C)) is a new mappingproxy over its tp_dict on each read: one reference to the dict, tracked, 40 bytes, read-only
import sys, gc

class C:
    x = 1
    y = [2]

class D(C):
    pass

p = C.__dict__
print(type(p), type(vars(C)), type(D.__dict__))
print(sys.getrefcount(C.__dict__), sys.getrefcount(p))
print(C.__dict__ is C.__dict__, C.__dict__ == C.__dict__, p == vars(C))
print(gc.is_tracked(p), sys.getsizeof(p))
print(len(gc.get_referents(p)), type(gc.get_referents(p)[0]))
print(gc.get_referents(p)[0] is gc.get_referents(C.__dict__)[0])
print(sorted(p), sorted(D.__dict__))
print(p['x'], p.get('y'), p.get('z'), p.get('z', 'none'), 'x' in p, 'z' in p, len(p) > 3)
print(sys.getrefcount(C.y))
held = p['y']
print(sys.getrefcount(C.y))
del held
print(type(p.keys()).__name__, type(p.values()).__name__, type(p.items()).__name__, type(p.copy()).__name__)
print(sorted(p.copy()) == sorted(p), p.copy() is p.copy())
print(str(vars(D)) == str(dict(vars(D))), repr(D.__dict__).startswith("mappingproxy({'__module__': '__main__'"))
print(bool(p), bool(vars(D)))

try:
    p['x'] = 5
except TypeError as e:
    print(e)
try:
    del p['x']
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    p['missing']
except KeyError as e:
    print(repr(e))
try:
    hash(p)
except TypeError as e:
    print(e)
try:
    p |= {}
except TypeError as e:
    print(e)

C.z = 3
print(p['z'], 'z' in p)
del C.z
print('z' in p)

gc.collect()
before = gc.get_count()
q = C.__dict__
after = gc.get_count()
r = after[0] - before[0]
del q
print(r, gc.get_count()[0] - before[0])
