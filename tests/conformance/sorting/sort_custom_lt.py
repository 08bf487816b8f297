# Objects with __lt__ can be sorted and compared with min and max.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"Version({self.text!r})"

versions = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.1")]
print(sorted(versions))
print(min(versions), max(versions))
