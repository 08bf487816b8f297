# An error deep in a call chain still ends with the error line.
def label(n):
    return "item " + n

def render(items):
    return [label(i) for i in items]

print(render([]))
print(render([1]))
