# A closure keeps state between calls with nonlocal.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

a = make_counter()
b = make_counter(10)
print(a(), a(), a(5), b(), a())
print(a.__closure__[0].cell_contents, b.__code__.co_freevars)
