# dict.__reversed__ is dict_reversed: the reverse key iterator reversed(d) gives, inherited by dict subclasses.
import sys, collections
d = {1: 2, 3: 4}
it = d.__reversed__()
print(type(it).__name__, list(it), sys.getrefcount(d))
print(list(reversed(d)), list(dict.__reversed__(d)), list(collections.defaultdict(int, d).__reversed__()))
print(list(collections.OrderedDict(d).__reversed__()), list(collections.Counter("abb").__reversed__()))
class D(dict):
    pass
print(list(D(d).__reversed__()), list(reversed(D(d))), dict.__reversed__ is D.__reversed__)
print(type(dict.__dict__["__reversed__"]).__name__)
