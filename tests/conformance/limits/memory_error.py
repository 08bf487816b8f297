# A gigantic list is refused at once with MemoryError.
print("asking for 10**12 slots")
try:
    big = [0] * 10**12
except MemoryError:
    print("MemoryError caught")
huge = [0] * 10**12
