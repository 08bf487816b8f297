# Strings are immutable: item assignment fails, methods return new strings.
s = "hello"
t = s.upper()
print(s, t, s is t)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
u = s
s += " world"
print(u, "|", s)
