# A call with **kwargs whose positional arguments are all constants loads them as one constant tuple (fold_tuple_on_constants): no tuple is built for the call
import gc

options = {"base": 16}

def show(*args, **kwargs):
    return len(args) + len(kwargs)

gc.collect()
value = int("ff", **options)
print("int", value, gc.get_count())
gc.collect()
value = int("ff", **{"base": 16})
print("int literal", value, gc.get_count())
gc.collect()
value = show(1, "two", 3.0, None, (4, 5), -6, **options)
print("function", value, gc.get_count())
gc.collect()
name = "seven"
value = show(1, name, **options)
print("with a name", value, gc.get_count())
gc.collect()
value = show(*(1, 2), **options)
print("starred", value, gc.get_count())
gc.collect()
value = show(**options)
print("no positional", value, gc.get_count())
