# inheritance and exception messages
class Animal:
    def __init__(self, name): self.name = name
    def speak(self): raise NotImplementedError("subclass must implement")
    def __str__(self): return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    def speak(self): return "woof"
class Cat(Animal): pass
for a in [Dog("rex"), Cat("tom")]:
    try:
        print(a, a.speak())
    except NotImplementedError as e:
        print(a, "error:", e)
print(isinstance(Dog("x"), Animal), issubclass(Cat, Dog))
tests = [
    lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: None.foo,
    lambda: "a" + 1, lambda: 1 + "a", lambda: undefined_name, lambda: [].pop(), lambda: {}.popitem(),
    lambda: (1, 2).index(3), lambda: "abc".index("z"), lambda: float("nan?"), lambda: int(2.5j),
    lambda: len(5), lambda: abs("a"), lambda: iter(5), lambda: next(iter([])), lambda: [1, 2, 3][1:2:0],
    lambda: Animal(), lambda: Dog("a", "b"), lambda: Dog("a").bark(), lambda: 2 ** -1 % 0,
    lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 10 ** 400 * 1.0, lambda: chr(-1), lambda: ord("ab"),
    lambda: "x" * "y", lambda: [1] < ["a"], lambda: hash([]), lambda: set().remove(1),
    lambda: dict([(1, 2, 3)]), lambda: tuple(1), lambda: sum(["a"]), lambda: round("x"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
