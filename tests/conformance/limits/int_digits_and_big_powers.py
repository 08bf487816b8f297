# Ints past 4300 decimal digits refuse str() as CPython 3.11 does (hex has no limit); big powers are computed exactly
x = 2 ** 100001
print(x.bit_length(), x % 1000, len(hex(x)))
for make in [lambda: str(10**5000), lambda: repr(-10**4300), lambda: f"{10**5000}", lambda: f"{10**5000:,}", lambda: "%d" % 10**5000]:
    try:
        make()
    except ValueError as error:
        print(error)
print(len(str(10**4299)), len(str(-10**4299)))
try:
    int("7" * 4301)
except ValueError as error:
    print(error)
print(7 ** 300000 % 10**9)
