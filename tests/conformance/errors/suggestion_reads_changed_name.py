# The report's suggestion reads the exception's name and obj when it is printed, whatever changed them
class A:
    value = 1
    other = 2


class B:
    count = 3


for change in ("name", "obj", "none"):
    try:
        try:
            A().valeu
        except AttributeError as e:
            if change == "name":
                e.name = "othr"
            elif change == "obj":
                e.obj = B()
            else:
                e.name = None
            raise
    except AttributeError as caught:
        print(change, caught.name, type(caught.obj).__name__)
try:
    A().valeu
except AttributeError as e:
    e.name = "othr"
    raise
