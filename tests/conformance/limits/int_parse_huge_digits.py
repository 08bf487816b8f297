# int() counts a string's run of digits against the 4300-digit limit before reading it (a million digits fail at once); with the limit lifted it reads them, in every base, and int.from_bytes/to_bytes take a megabyte
import sys
for text in ["9" * 10**6, "9" * 10**6 + "x", "1" + "_9" * 10**5, "9" * 10**5 + "__9", "0" * 10**5]:
    try:
        int(text)
    except ValueError as e:
        print(str(e)[:100])
n = int.from_bytes(b"\xff" * 10**6, "big")
print(n.bit_length(), n % 1000003, int.from_bytes(b"\x01\x02" * 10**5, "little", signed=True) % 1000003)
data = n.to_bytes(10**6, "little")
print(len(data), data[-3:], (-n).to_bytes(10**6 + 1, "big", signed=True)[:3])
sys.set_int_max_str_digits(0)
m = int("9" * 200000)
print(m % 1000003, m.bit_length(), int("-" + "8" * 5000, 0) % 1000003)
print(int("f" * 100000, 16) % 1000003, int("z" * 2000, 36) % 1000003, int("3" * 3000, 4) % 1000003, int("v" * 3000, 32) % 1000003, int("2" * 3000, 3) % 1000003)
try:
    tuple(range(10**12))
except MemoryError:
    print("MemoryError")
