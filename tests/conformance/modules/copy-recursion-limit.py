# deepcopy recurses through copy.py's frames (two per nested list), so deep nesting hits the recursion limit.
import copy

def nested(depth):
    value = []
    for _ in range(depth):
        value = [value]
    return value

print("498 levels:", len(copy.deepcopy(nested(498))))
try:
    copy.deepcopy(nested(499))
except RecursionError as e:
    print("499 levels:", e)

def inside_a_function():
    try:
        copy.deepcopy(nested(498))
        print("498 levels in a function: ok")
    except RecursionError as e:
        print("498 levels in a function:", e)

inside_a_function()

class Link:
    def __init__(self, following):
        self.following = following

chain = None
for _ in range(260):
    chain = Link(chain)
try:
    copy.deepcopy(chain)
except RecursionError as e:
    print("instances:", e)
