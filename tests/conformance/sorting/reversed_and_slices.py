# reversed over lists, ranges and strings, and reverse slicing.
print(list(reversed([1, 2, 3])), list(reversed(range(4))), "".join(reversed("abc")))
data = [1, 2, 3, 4, 5]
data.reverse()
print(data, data[::-1], data[::-2])
r = reversed(data)
print(next(r), list(r))
