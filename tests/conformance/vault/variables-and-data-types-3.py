#| title: In place or a new object?
point = (1, 2)
saved_point = point
point += (3,)
print("tuple: same object after +=?", point is saved_point)
print("the old tuple is unchanged:", saved_point)

path = [1, 2]
saved_path = path
path += [3]
print("list: same object after +=?", path is saved_path)
print("the other name sees the change:", saved_path)
