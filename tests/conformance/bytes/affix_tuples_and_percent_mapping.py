# startswith/endswith try a tuple's items in order and stop at the first match; a memoryview after % is a mapping, as python3 takes it
for f in [lambda: b"a".startswith((1,)), lambda: b"a".startswith(1), lambda: b"a".startswith((b"b","x")), lambda: b"a,b".startswith((b"a","b")), lambda: "a".startswith(("a", 1)), lambda: "a".startswith(("b", 1)), lambda: b"ab".endswith((b"b", 2)), lambda: bytearray(b"ab").endswith((b"x", 2))]:
  try: print(f())
  except Exception as e: print(e)
print(b"ab" % memoryview(b"x"), "ab" % memoryview(b"x"))
try:
    b"ab" % bytearray(b"x")
except TypeError as e:
    print(e)
