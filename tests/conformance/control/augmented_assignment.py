# Augmented assignment on names, attributes and items; lists mutate in place.
class Box:
    pass

b = Box()
b.n = 1
b.n += 2
d = {"k": 10}
d["k"] *= 3
s = "ab"
s *= 2
lst = [1]
alias = lst
lst += [2]
t = (1,)
tt = t
t += (2,)
print(b.n, d, s, lst, alias, t, tt)
x = 17
x //= 5; x **= 3; x %= 10; x <<= 2; x |= 1; x ^= 3; x -= 1
print(x)
