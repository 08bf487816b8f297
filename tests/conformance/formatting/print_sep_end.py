# print's sep and end arguments.
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print("x", "y", sep="", end="!\n")
print()
print(*[1, 2, 3], sep=", ")
print("tab", "sep", sep="\t")
