# memoryview == compares items with any buffer of the same shape; only read-only byte views hash, as the bytes they hold
data = bytearray(b"abc")
view = memoryview(data)
print(view == b"abc", b"abc" == view, view == bytearray(b"abc"), view == memoryview(b"abc"), view != b"abd")
print(view == "abc", view == [97, 98, 99], view == b"ab", view[0:2] == b"ab")
print(view == view, view.cast("c") == memoryview(b"abc").cast("c"))
nan = memoryview(bytearray(8)).cast("d")
nan[0] = float("nan")
print(nan == nan, nan.tolist() == nan.tolist())
frozen = memoryview(b"abc")
print(hash(frozen) == hash(b"abc"), {frozen: 1}[b"abc"], frozen in {b"abc"})
for name, target in [("writable", view), ("readonly bytearray", view.toreadonly()), ("int format", memoryview(b"abcd").cast("i"))]:
    try:
        hash(target)
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
cached = memoryview(b"xyz")
h = hash(cached)
cached.release()
print(hash(cached) == h)
released = memoryview(b"q")
released.release()
try:
    hash(released)
except ValueError as e:
    print(e)
try:
    print(view < view)
except TypeError as e:
    print(e)
