# Other code that reads a view's bytes through the buffer protocol: bytes methods, +, join, int(), float(), reversed(); copy refuses
import copy
view = memoryview(bytearray(b"12.5,7"))
print(b"ab" + view[0:2], b"x" + memoryview(b""), bytearray(b"<") + view[-1:])
print(b", ".join([view[0:2], b"3", memoryview(b"4")]), b"12.5,7".split(view[4:5]), view.tobytes().startswith(view[0:2]))
print(b"hello".find(memoryview(b"ll")), b"hello".count(memoryview(b"l")), b"hello".replace(memoryview(b"l"), b"L"))
print(int(view[0:2]), float(view[0:4]), int(bytes(memoryview(b"ff")), 16))
try:
    int(memoryview(b"ff"), 16)
except TypeError as e:
    print(e)
print(list(reversed(view)), list(reversed(view[::2])))
try:
    int(view)
except ValueError as e:
    print(e)
for copier in (copy.copy, copy.deepcopy):
    try:
        copier(view)
    except TypeError as e:
        print(copier.__name__, e)
