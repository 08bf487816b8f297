# str.format_map: names looked up in the mapping (a __missing__ subclass too), and its errors: a positional field is "Format string contains positional fields"
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map({"name": "ann", "age": 3}))
print("{name} is {age}".format_map(Default(name="bob")))

try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{}".format_map({})
except ValueError as e:
    print(e)
try:
    "{0}".format_map({})
except (KeyError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    "{x}".format_map(1)
except TypeError as e:
    print(e)
print("{a[b]} {a[0]}".format_map({"a": {"b": 1, 0: 2}}))
print("{p.real:>5}".format_map({"p": 3}))
try:
    "{x.nope}".format_map({"x": 1})
except AttributeError as e:
    print(e)
print("{x!r:>6}|{y:.2f}".format_map({"x": "s", "y": 3.14159}))
try:
    "{x".format_map({"x": 1})
except ValueError as e:
    print(e)
try:
    "x}".format_map({})
except ValueError as e:
    print(e)
try:
    "{x!z}".format_map({"x": 1})
except ValueError as e:
    print(e)
