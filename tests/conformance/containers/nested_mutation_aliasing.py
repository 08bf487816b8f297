# Aliases share one object; copies made with list() or slicing are shallow.
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [[1], [2]]
b = a[:]
b[0].append(9)
b.append([3])
print(a, b, a[0] is b[0])
