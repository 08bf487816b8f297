# Indexing and slicing strings.
s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[1:8:3])
print(s[100:], repr(s[5:2]))
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
