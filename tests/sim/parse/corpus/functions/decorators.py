@dec
def f():
    pass
@dec1
@dec2(arg)
@obj.attr
def g():
    pass
@dec
class C:
    pass
@lambda f: f
def h(): pass
@buttons[0].clicked.connect
def k(): pass
