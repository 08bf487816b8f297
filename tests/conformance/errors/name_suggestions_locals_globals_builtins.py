# NameError suggestions from locals, globals and builtins
counter = 0
def total(values):
    result = 0
    for value in values:
        result += valeu
    return result
try:
    total([1])
except NameError as e:
    print(e)
try:
    prnt("x")
except NameError as e:
    print(e)
try:
    lenght = len([1])
    print(lenth)
except NameError as e:
    print(e)
def outer():
    message = "hi"
    def inner():
        return mesage
    return inner()
try:
    outer()
except NameError as e:
    print(e)
try:
    Tru
except NameError as e:
    print(e)
try:
    x = nul
except NameError as e:
    print(e)
def use_before():
    print(y)
    y = 1
try:
    use_before()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def main():
    items = [1, 2]
    print(len(item))
main()
