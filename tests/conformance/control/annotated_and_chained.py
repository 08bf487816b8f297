# Annotated assignment, chained assignment and multiple targets.
count: int = 3
label: str
a = b = c = []
a.append(1)
print(count, a, b, c, a is c)
first, (second, third) = 1, (2, 3)
print(first, second, third)
data = {}
data["x"] = data["y"] = 0
print(data)
try:
    print(label)
except NameError as e:
    print("NameError:", e)
