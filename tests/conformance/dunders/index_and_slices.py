# __getitem__ receives slice objects for slicing syntax.
class Echo:
    def __getitem__(self, key):
        return key

e = Echo()
print(e[1], e["k"], e[1:5], e[::2], e[1:2, 3])
s = e[2:8:3]
print(s.start, s.stop, s.step, s.indices(6))
print(list(range(10))[slice(2, 7, 2)])
