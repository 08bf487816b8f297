# __getattr__ is called only for missing attributes.
class Lazy:
    def __init__(self):
        self.real = "present"
    def __getattr__(self, name):
        if name.startswith("computed_"):
            return name[len("computed_"):].upper()
        raise AttributeError(f"no attribute {name!r}")

obj = Lazy()
print(obj.real, obj.computed_value, getattr(obj, "computed_x"))
print(hasattr(obj, "other"), getattr(obj, "other", "fallback"))
obj.other
