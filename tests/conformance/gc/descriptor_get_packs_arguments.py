# type.__setattr__ called directly, and a method descriptor's or slot wrapper's own __get__, read their arguments from tuples as CPython's slot wrappers do (gc.get_count)
import gc

count = gc.get_count


class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value)


class Plain:
    pass


class Hooked(metaclass=Meta):
    pass


# With the tuple free lists emptied, each tuple a call reads its arguments from is a new allocation.
gc.collect()
gc.disable()
start = count()[0]
type.__setattr__.__get__(Plain)
print("unbound __get__ call", count()[0] - start)
gc.collect()
getter = list.append.__get__
start = count()[0]
getter([])
print("bound __get__ call", count()[0] - start)
gc.collect()
start = count()[0]
type.__setattr__(Plain, "z", 1)
print("type.__setattr__ call", count()[0] - start)


def steps(call):
    seen = []
    for i in range(3):
        start = count()[0]
        call(i)
        seen.append(count()[0] - start)
    return seen


print("type.__setattr__", steps(lambda i: type.__setattr__(Plain, "x", i)), Plain.x)
print("type.__delattr__", steps(lambda i: (type.__setattr__(Plain, "d", i), type.__delattr__(Plain, "d"))))
print("metaclass super", steps(lambda i: setattr(Hooked, "y", i)), Hooked.y)
print("unbound __get__", steps(lambda i: type.__setattr__.__get__(Plain)("w", i)), Plain.w)
bound_get = list.append.__get__
items = []
print("bound __get__", steps(lambda i: bound_get(items)(i)), items)
print("method-wrapper", steps(lambda i: type.__setattr__.__get__(Plain)("v", i)))
start = count()[0]
wrapper_get = type.__setattr__.__get__
made = wrapper_get(Plain)
print(count()[0] - start, type(wrapper_get).__name__, type(made).__name__)
start = count()[0]
pair = (1, 2)
single = (3,)
print(count()[0] - start)
print(type(list.append).__get__, "__get__" in type(int.__add__).__dict__)
print(list.append.__get__(None, list) is list.append, int.__add__.__get__(1)(2))
