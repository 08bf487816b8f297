# Truthiness uses __bool__, then __len__, else the object is true.
class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False

class Plain:
    pass

for obj in [Empty(), Falsy(), Plain(), [], [0], "", "0", 0, 0.0, None, {}, set(), range(0)]:
    print(type(obj).__name__, bool(obj))
print("yes" if Plain() else "no", not Empty())
