# User exception classes with extra attributes and str().
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key

try:
    raise NotFound("user:7")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
print(repr(AppError("a", 1)), str(AppError()), str(AppError("x")))
