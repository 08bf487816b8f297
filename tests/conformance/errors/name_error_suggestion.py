# An uncaught NameError offers the nearest name: the frame's locals, then globals, then builtins.
def area(width, height):
    return widht * height

print("start")
area(2, 3)
