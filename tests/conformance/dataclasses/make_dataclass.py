# make_dataclass: fields as names, (name, type) and (name, type, field()), namespace, bases, its errors, the module it names
import gc
from dataclasses import make_dataclass, field, fields
C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))], namespace={'double': lambda self: self.b * 2})
print(C.__module__, C.__qualname__, C(1, 2), C(1, 2).double(), C.__doc__, C.__annotations__)
for bad in (['a', 'a'], ['class'], [3], [('a', int, 1, 2)], ['1x']):
    try:
        make_dataclass('E', bad)
    except TypeError as e:
        print(e)
E = make_dataclass('E', [('x', int)], order=True)
print(E(1) < E(2), E.__lt__.__qualname__)
gc.collect()
del C, E
print(gc.collect())
