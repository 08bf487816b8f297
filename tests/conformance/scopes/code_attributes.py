# A function's __code__: names of its parameters, locals, cells and free variables, and its argument counts.
def make_counter(start=0):
    count = start
    def increment(step=1, *args, flag=False, **kw):
        nonlocal count
        total = step + len(args)
        count += total
        return count
    return increment


def plain(a, b, /, c, *, d):
    x = a + b
    return [x for _ in range(c)], len, d


counter = make_counter()
for fn in [make_counter, counter, plain, lambda q: q]:
    code = fn.__code__
    print(code.co_name, code.co_qualname, code.co_varnames, code.co_cellvars, code.co_freevars, code.co_names)
    print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals, code.co_firstlineno, code.co_flags)
print(type(counter.__code__).__name__, counter.__code__ is make_counter(5).__code__, counter.__code__ == counter.__code__)


def gen(items):
    for item in items:
        yield item.real + abs(item)


def outer():
    class Inner:
        def method(self):
            return super().method()
    return Inner


for fn in [gen, outer().method]:
    code = fn.__code__
    print(code.co_name, code.co_qualname, code.co_varnames, code.co_cellvars, code.co_freevars, code.co_names, code.co_flags, code.co_nlocals)
print(hasattr(plain.__code__, "co_name"), plain.__code__.co_name == "plain")
