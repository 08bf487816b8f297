# str.format_map with a dict subclass that supplies missing keys, versus format(**d)
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return "<" + key + ">"
tmpl = "{name} is {age} years, lives in {city}"
print(tmpl.format_map(Default(name="Ann", age=30)))
try:
    print(tmpl.format(**Default(name="Ann", age=30)))
except KeyError as e:
    print("KeyError:", e)
print("{0[x]} {0[y]}".format({"x": 1, "y": 2}))
print("{p.real}+{p.imag}j".format(p=3+4j))
print("{:>{w}}|{!r:^10}".format("hi", "q", w=5))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{x".format(x=1)
except ValueError as e:
    print("ValueError:", e)
class Obj:
    def __format__(self, spec):
        return f"Obj<{spec}>"
print("{:abc} {}".format(Obj(), Obj()), f"{Obj():xyz}")
print("{a.b}".format_map({"a": type("N", (), {"b": 7})()}))
