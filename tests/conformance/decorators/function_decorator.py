# A decorator wraps a function; stacking applies bottom-up.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

def exclaim_twice(func):
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args) + "!!"
    return wrapper

@shout
def greet(name):
    return "hello " + name

@exclaim_twice
@shout
def bye(name):
    return "bye " + name

print(greet("ada"))
print(bye("bo"))
print(greet.__name__)
