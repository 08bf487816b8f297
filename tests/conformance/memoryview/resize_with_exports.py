# A bytearray cannot change size while a memoryview of it is alive and unreleased (BufferError); same-size changes still work
data = bytearray(b"abc")
view = memoryview(data)
attempts = [
    ("append", lambda: data.append(100)),
    ("extend", lambda: data.extend(b"de")),
    ("extend empty", lambda: data.extend(b"")),
    ("insert", lambda: data.insert(0, 1)),
    ("pop", lambda: data.pop()),
    ("remove", lambda: data.remove(97)),
    ("clear", lambda: data.clear()),
    ("del item", lambda: data.__delitem__(0)),
    ("del slice", lambda: data.__delitem__(slice(0, 2))),
    ("del extended empty", lambda: data.__delitem__(slice(5, 9, 2))),
    ("grow slice", lambda: data.__setitem__(slice(0, 1), b"xyz")),
    ("same slice", lambda: data.__setitem__(slice(0, 2), b"XY")),
    ("item", lambda: data.__setitem__(2, 67)),
    ("reverse", lambda: data.reverse()),
]
for name, attempt in attempts:
    try:
        attempt()
        print(name, "ok", data)
    except BufferError as e:
        print(name, "BufferError:", e)
try:
    data += b"!"
except BufferError as e:
    print("+=", e)
try:
    data *= 2
except BufferError as e:
    print("*=", e)
data *= 1
print(data, view.tobytes())
view.release()
data += b"!"
data.append(33)
print(data)
with memoryview(data) as m:
    try:
        del data[0]
    except BufferError as e:
        print("inside with:", e)
del data[0]
print(data, repr(m).startswith("<released memory at 0x"))
