# a walrus binding __debug__ inside a comprehension
print([(__debug__ := i) for i in range(3)])
