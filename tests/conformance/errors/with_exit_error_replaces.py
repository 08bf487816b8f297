# an error in a with block runs __exit__ first; an error in __exit__ replaces it
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        if self.name == "bad":
            raise RuntimeError("close failed")
        return False
try:
    with Resource("a") as r:
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
with Resource("ok"), Resource("bad"):
    x = 1 / 0
