# Iterating over a string, counting characters with a dict.
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for i, ch in enumerate("abc", start=1):
    print(i, ch)
print(list("hey"), tuple("ab"))
