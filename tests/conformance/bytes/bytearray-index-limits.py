# bytes and bytearray indices and counts beyond Py_ssize_t: IndexError/OverflowError as PyNumber_AsSsize_t words them
for obj in [b"ab", bytearray(b"ab")]:
    for i in [2**63, -2**63 - 1, 2**62]:
        try:
            obj[i]
        except IndexError as e:
            print(type(obj).__name__, e)
b = bytearray(b"ab")
for i in [2**63, 2**62]:
    try:
        b[i] = 1
    except IndexError as e:
        print(e)
    try:
        del b[i]
    except IndexError as e:
        print(e)
    try:
        b.pop(i)
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        b.insert(i, 1)
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(b)
try:
    bytearray(2**63)
except Exception as e:
    print(type(e).__name__, e)
for n in (2**63, -2**63 - 1):
    try:
        bytes(n)
    except OverflowError as e:
        print("bytes", e)
