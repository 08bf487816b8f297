# calling a type's own __sizeof__ unbound: descr_check's error for a foreign object, and no arguments taken
for f, arg in [(type.__sizeof__, 5), (list.__sizeof__, (1,)), (set.__sizeof__, []), (object.__sizeof__, 5), (dict.__sizeof__, 1), (int.__sizeof__, "x"), (str.__sizeof__, 1)]:
    try:
        print(f(arg))
    except TypeError as e:
        print("TypeError:", e)
try:
    type.__sizeof__()
except TypeError as e:
    print("TypeError:", e)
print(type.__sizeof__(type) , object.__sizeof__(object()))
for f, arg in [(set.__sizeof__, frozenset()), (frozenset.__sizeof__, set()), (bytearray.__sizeof__, b"x")]:
    try:
        print(f(arg))
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: set().__sizeof__(1), lambda: type.__sizeof__(int, 2), lambda: bytearray().__sizeof__(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
