# super() without arguments: each way the calling frame can lack its first argument or the __class__ cell
class Base:
    def who(self):
        return "Base"

def plain_function(self):
    return super().who()

class A(Base):
    def no_args():
        return super().who()
    def deleted_self(self):
        del self
        return super().who()
    def self_in_cell(self):
        f = lambda: self
        return super().who() + " via cell " + type(f()).__name__
    def in_lambda(self):
        return (lambda: super().who())()
    def in_comprehension(self):
        return [super().who() for _ in range(1)]
    def in_nested_def(self):
        def inner(x):
            return super().who()
        return inner(self)
    def in_generator(self):
        yield super().who()
    calls_during_body = []
    def early(self):
        return super().who()
    try:
        early(1)
    except RuntimeError as e:
        calls_during_body.append(str(e))

a = A()
tests = [lambda: plain_function(a), A.no_args, lambda: a.deleted_self(), lambda: a.self_in_cell(), lambda: a.in_lambda(),
         lambda: a.in_comprehension(), lambda: a.in_nested_def(), lambda: next(a.in_generator())]
for t in tests:
    try:
        print(t())
    except RuntimeError as e:
        print("RuntimeError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(A.calls_during_body)
class B(Base):
    def method(self):
        zeta = 1
        def inner():
            return super, zeta
        g = lambda: super
        return inner.__code__.co_freevars, g.__code__.co_freevars, [c.cell_contents for c in inner.__closure__][0].__name__
    def comp(self):
        return [super for _ in "a"]
print(B().method(), B.comp.__code__.co_cellvars, B.method.__code__.co_cellvars, B.method.__code__.co_freevars)
