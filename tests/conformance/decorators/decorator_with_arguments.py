# A decorator factory takes arguments and returns the decorator.
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def roll(face):
    return face

print(roll(6))

def register(registry):
    def decorate(func):
        registry[func.__name__] = func
        return func
    return decorate

handlers = {}

@register(handlers)
def on_start():
    return "started"

print(sorted(handlers), handlers["on_start"]())
