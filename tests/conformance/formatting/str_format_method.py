# str.format with positions, names, attributes, indexes and specs.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
point = {"x": 3, "y": 4}
print("{0[x]},{0[y]}".format(point))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.3}|{:,}|{:08.3f}".format("abcdef", 9876543, 3.14159))
print("{!r}".format("q"))
