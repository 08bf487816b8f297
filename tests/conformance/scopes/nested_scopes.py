# Name resolution: local, enclosing, global, builtin.
x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    def inner_local():
        x = "local"
        return x
    return inner(), inner_local()

print(outer(), x)
print(len("builtin"))
len = lambda s: "shadowed"
print(len("builtin"))
del len
print(len("builtin"))
