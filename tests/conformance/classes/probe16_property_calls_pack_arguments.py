# A class holding a property calls its __set_name__ (METH_VARARGS: the class and the name packed in a tuple), and prop.setter/getter/deleter call the property type with four arguments packed in a tuple
import gc
import sys

def read(self):
    "the value"
    return self._value

def write(self, value):
    self._value = value

gc.collect()
class Plain:
    pass
print("plain class", gc.get_count())
gc.collect()
class WithProperty:
    value = property(read)
print("with a property", gc.get_count())
gc.collect()
class TwoProperties:
    first = property(read)
    second = property(read, write)
print("with two", gc.get_count())
gc.collect()
class Decorated:
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, new):
        self._value = new
    @value.deleter
    def value(self):
        del self._value
print("decorated", gc.get_count())
gc.collect()
prop = property(read)
print("bare", gc.get_count())
gc.collect()
with_setter = prop.setter(write)
print("setter", gc.get_count(), with_setter.__doc__)
gc.collect()
with_getter = with_setter.getter(None)
print("getter", gc.get_count(), with_getter.fget is read)
gc.collect()
with_deleter = with_getter.deleter(write)
print("deleter", gc.get_count(), sys.getrefcount(write) - sys.getrefcount(read))
d = Decorated()
d.value = 5
print(d.value, sys.getrefcount(Decorated.__dict__["value"]))
del d.value
try:
    WithProperty().value = 1
except AttributeError as e:
    print(e)
