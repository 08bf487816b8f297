# the right operand's __radd__ comes before a list's or str's own concatenation
class R:
    def __radd__(self, o):
        return "radd"
    def __rmul__(self, o):
        return "rmul"
    def __iter__(self):
        return iter([9])
    def __index__(self):
        return 2
l = [1]
l += R()
print(l)
print([1] + R(), "s" + R(), (1,) + R(), 5 + R(), 2.5 + R())
print([1] * R(), "s" * R(), 5 * R())
t = "x"
t += R()
print(t)
m = [1]
m *= R()
print(m)
class N:
    def __radd__(self, o):
        return NotImplemented
    def __iter__(self):
        return iter([7])
k = [1]
k += N()
print(k)
for a in ([1], "s", (1,), 5):
    try:
        a + N()
    except TypeError as e:
        print(e)
