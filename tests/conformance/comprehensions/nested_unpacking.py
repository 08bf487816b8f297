# Unpacking in for loops and comprehensions, starred targets included.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for number, name in pairs if number != 2])
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
