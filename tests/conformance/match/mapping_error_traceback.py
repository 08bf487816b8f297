# An uncaught error from a mapping pattern's get(): the traceback shows the get frame and the pattern line.
class Strict(dict):
    def get(self, key, default=None):
        if key == "bad":
            raise LookupError(f"refusing {key!r}")
        return super().get(key, default)

def read(m):
    match m:
        case {"good": g, "bad": b}:
            return g, b
    return None

print(read(Strict(good=1)))
print(read(Strict(good=1, bad=2)))
