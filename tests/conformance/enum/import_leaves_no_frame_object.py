# Importing enum runs no frame of the program's past its import: the module frame has no frame object after it, so the functional API at module level makes one (sys._getframe(2) in _create_), as sys._getframe() does
import gc, sys
gc.collect()
import enum
print("after import", gc.get_count())
gc.collect()
Animal = enum.Enum('Animal', 'ANT BEE')
print("functional API at module level", gc.get_count())
gc.collect()
here = sys._getframe()
print("sys._getframe() afterwards", gc.get_count(), here.f_code.co_name)
del here
gc.collect()
class Color(enum.Enum):
    RED = 1
    def describe(self):
        return self.name.lower()
print(Color.RED.describe(), getattr(Color, "PURPLE", None), Animal.BEE.value)
print("after a missing member", gc.get_count())
