# A gigantic string repetition raises MemoryError too.
try:
    s = "ab" * 10**15
except MemoryError as e:
    print("MemoryError", type(e).__name__)
print("still running")
