# A __prepare__ returning a dict subclass: the class body's stores, loads and deletes go through its own methods
import gc

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if key == 'magic':
            return 42
        return super().__getitem__(key)

    def __delitem__(self, key):
        print('deleting', key)
        super().__delitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

    def __new__(mcls, name, bases, namespace):
        print(type(namespace).__name__, namespace.order)
        return super().__new__(mcls, name, bases, dict(namespace))

class C(metaclass=Meta):
    x = 1
    y = x + magic
    temp = 0
    del temp
    def method(self):
        return self.y
    z: int = 5
    print(len, y)

print(C.x, C.y, C().method(), C.z, C.__annotations__, hasattr(C, 'temp'))

class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key.upper()
        raise KeyError(key)

class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()

class D(metaclass=AutoMeta):
    a = auto_name
    b = len('xy')

print(D.a, D.b)
try:
    class E(metaclass=AutoMeta):
        value = undefined_name
except NameError as e:
    print(e)
try:
    class F(metaclass=Meta):
        del never_bound
except NameError as e:
    print(e)
gc.collect()
