# A metaclass's __setattr__, __delattr__, __getattr__ and __dir__ run for its classes (the hooks enum's EnumType uses)
import gc

class Guarded(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f'cannot set {name}')
        print('set', name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print('del', name)
        super().__delattr__(name)

    def __getattr__(cls, name):
        if name.startswith('virtual_'):
            return name[8:]
        raise AttributeError(name)

    def __dir__(cls):
        return ['zeta', 'alpha', 'CONST']

class C(metaclass=Guarded):
    CONST = 1

C.extra = 2
print(C.extra, C.CONST, C.virtual_thing)
try:
    C.OTHER = 3
except AttributeError as e:
    print(e)
del C.extra
print(hasattr(C, 'extra'), hasattr(C, 'virtual_x'), getattr(C, 'missing', 'default'))
try:
    C.missing
except AttributeError as e:
    print('AttributeError', e)
setattr(C, 'later', 4)
print(C.later, dir(C))
instance = C()
instance.UPPER = 'instances are not guarded'
print(instance.UPPER)
gc.collect()
before = gc.get_count()
value = C.CONST
after = gc.get_count()
print(after[0] - before[0])
gc.collect()
before = gc.get_count()
C.plain = 1
after = gc.get_count()
print(after[0] - before[0])
