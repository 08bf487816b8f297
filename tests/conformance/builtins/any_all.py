# any and all short-circuit.
def noisy(value):
    print("checking", value)
    return value

print(any([]), all([]), any([0, ""]), all([1, "x"]))
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
